package org.riskgraph.api.links;

import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.riskgraph.analysis.cotravel.CoTravelPair;
import org.riskgraph.analysis.cotravel.CoTravelRule;
import org.riskgraph.api.audit.AuditContext;
import org.riskgraph.api.audit.AuditedResult;
import org.riskgraph.api.security.Access;
import org.riskgraph.api.security.Role;
import org.riskgraph.graph.audit.AuditAction;
import org.riskgraph.graph.common.Fields;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/admin/co-travel}: derive co-travelling vehicles from the sightings now. */
@RestController
class CoTravelController {

  private final CoTravelService coTravel;

  CoTravelController(CoTravelService coTravel) {
    this.coTravel = coTravel;
  }

  @PostMapping("/api/v1/admin/co-travel")
  @Access(value = Role.ADMIN, audit = AuditAction.DERIVATION)
  CoTravelResponse derive(
      HttpServletRequest request,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String windowSeconds,
      @RequestParam(required = false) String minCheckpoints) {
    CoTravelRule rule =
        new CoTravelRule(
            Params.integer(
                "windowSeconds",
                windowSeconds,
                CoTravelRule.DEFAULT_WINDOW_SECONDS,
                1,
                CoTravelRule.MAX_WINDOW_SECONDS),
            Params.integer(
                "minCheckpoints",
                minCheckpoints,
                CoTravelRule.DEFAULT_MIN_CHECKPOINTS,
                2,
                CoTravelRule.MAX_MIN_CHECKPOINTS),
            Optional.ofNullable(Fields.optionalDateTime("from", from)),
            Optional.ofNullable(exclusiveEnd(to)));
    CoTravelService.Run run = coTravel.derive(rule);
    // the audit entry names the vehicles whose co-travel was written; the answer does not
    List<String> vehicles = new ArrayList<>();
    for (CoTravelPair pair : run.result().pairs()) {
      vehicles.add("vehicle:" + pair.plateA());
      vehicles.add("vehicle:" + pair.plateB());
    }
    AuditContext.of(request).ifPresent(audit -> audit.addSubjects(vehicles));
    return CoTravelResponse.of(run);
  }

  /** A date for {@code to} means up to the end of that day. */
  private static OffsetDateTime exclusiveEnd(String to) {
    OffsetDateTime end = Fields.optionalDateTime("to", to);
    return end != null && to.strip().length() == 10 ? end.plusDays(1) : end;
  }

  /**
   * What a derivation did: the rule, what it read, the pairs it found and what it changed, with
   * times in seconds.
   */
  record CoTravelResponse(
      int windowSeconds,
      int minCheckpoints,
      OffsetDateTime from,
      OffsetDateTime to,
      long sightings,
      int checkpoints,
      long coSightings,
      int candidatePairs,
      int pairs,
      int created,
      int updated,
      int removed,
      double deriveSeconds,
      double writeSeconds)
      implements AuditedResult {

    static CoTravelResponse of(CoTravelService.Run run) {
      CoTravelRule rule = run.result().rule();
      return new CoTravelResponse(
          rule.windowSeconds(),
          rule.minCheckpoints(),
          rule.from().orElse(null),
          rule.to().orElse(null),
          run.result().sightings(),
          run.result().checkpoints(),
          run.result().coSightings(),
          run.result().candidatePairs(),
          run.result().pairs().size(),
          run.written().created(),
          run.written().updated(),
          run.written().removed(),
          run.derive().toNanos() / 1e9,
          run.write().toNanos() / 1e9);
    }

    @Override
    public List<String> auditSubjects() {
      return List.of();
    }

    @Override
    public long auditResultSize() {
      return pairs;
    }
  }
}
