package org.riskgraph.api.supervision;

import java.time.LocalDate;
import java.util.List;
import org.riskgraph.api.audit.AuditedResult;
import org.riskgraph.api.problem.BadRequestException;
import org.riskgraph.api.security.Access;
import org.riskgraph.api.security.Role;
import org.riskgraph.graph.audit.AuditAction;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.control.ControlRepository;
import org.riskgraph.graph.control.ControlStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The enforcement-supervision view of active controls, and the retention purge on demand. */
@RestController
class SupervisionController {

  private final ControlRepository controls;
  private final RetentionJob retention;

  SupervisionController(ControlRepository controls, RetentionJob retention) {
    this.controls = controls;
    this.retention = retention;
  }

  @GetMapping("/api/v1/supervision/controls")
  @Access(
      value = {Role.SUPERVISOR, Role.COMMAND},
      personLevel = true,
      audit = AuditAction.PERSON_READ)
  ActiveControls active(@RequestParam(defaultValue = "200") int limit) {
    if (limit < 1 || limit > 1000) {
      throw BadRequestException.invalid("limit", "limit must be 1..1000");
    }
    LocalDate today = LocalDate.now(Fields.CHINA);
    return new ActiveControls(today, controls.activeOn(today, limit));
  }

  @PostMapping("/api/v1/admin/retention/purge")
  @Access(value = Role.ADMIN)
  PurgeResult purge(Authentication user) {
    List<String> purged =
        retention.purge(
            user.getName(),
            user.getAuthorities().stream()
                .map(a -> a.getAuthority().replace("ROLE_", ""))
                .sorted()
                .toList());
    return new PurgeResult(purged.size(), purged);
  }

  record ActiveControls(LocalDate day, List<ControlStatus> controls) implements AuditedResult {
    @Override
    public List<String> auditSubjects() {
      return controls.stream()
          .flatMap(
              c -> java.util.stream.Stream.of("control:" + c.controlId(), "person:" + c.personId()))
          .toList();
    }

    @Override
    public long auditResultSize() {
      return controls.size();
    }
  }

  record PurgeResult(int purged, List<String> controlIds) {}
}
