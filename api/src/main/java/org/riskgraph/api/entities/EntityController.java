package org.riskgraph.api.entities;

import java.util.List;
import java.util.Map;
import org.riskgraph.api.audit.AuditedResult;
import org.riskgraph.api.problem.UnknownEntityException;
import org.riskgraph.api.security.Access;
import org.riskgraph.api.security.Role;
import org.riskgraph.graph.audit.AuditAction;
import org.riskgraph.graph.entity.EntityDetails;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.entity.EntityRef;
import org.riskgraph.graph.entity.EntityRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** One entity by kind and key: {@code /api/v1/entities/person/P000123}. */
@RestController
@RequestMapping("/api/v1/entities")
class EntityController {

  private final EntityRepository entities;

  EntityController(EntityRepository entities) {
    this.entities = entities;
  }

  @GetMapping("/{kind}/{key}")
  @Access(
      value = {Role.ANALYST, Role.COMMAND},
      personLevel = true,
      audit = AuditAction.ENTITY_READ)
  EntityResponse entity(@PathVariable String kind, @PathVariable String key) {
    EntityKind entityKind = EntityKind.fromName(kind);
    EntityRef ref = new EntityRef(entityKind, entityKind.normaliseKey(key));
    EntityDetails details =
        entities.find(ref).orElseThrow(() -> new UnknownEntityException(ref.toString()));
    return EntityResponse.of(details);
  }

  record EntityResponse(
      String ref,
      String kind,
      String key,
      String displayName,
      Map<String, Object> properties,
      Map<String, Long> relationships)
      implements AuditedResult {

    @Override
    public List<String> auditSubjects() {
      return List.of(ref);
    }

    static EntityResponse of(EntityDetails d) {
      return new EntityResponse(
          d.ref().toString(),
          d.ref().kind().urlName(),
          d.ref().key(),
          d.displayName(),
          d.properties(),
          d.relationships());
    }
  }
}
