package org.riskgraph.api.hotspot;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import org.riskgraph.analysis.hotspot.EventKind;
import org.riskgraph.api.problem.BadRequestException;
import org.riskgraph.api.problem.Problems;
import org.riskgraph.api.security.Access;
import org.riskgraph.api.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dispute and incident hotspots per village: one period, or month by month with the emerging
 * categories. Aggregates only, so LEADER may read them and no purpose is asked for.
 */
@RestController
@RequestMapping("/api/v1/hotspots")
class HotspotController {

  private static final List<String> PERIOD_PARAMETERS =
      List.of("from", "to", "categories", "measure", "weights", "permutations", "seed");
  private static final List<String> EMERGING_PARAMETERS =
      List.of("from", "to", "months", "categories", "measure", "weights", "permutations", "seed");

  private final HotspotService hotspots;

  HotspotController(HotspotService hotspots) {
    this.hotspots = hotspots;
  }

  @GetMapping("/disputes")
  @Access({Role.ANALYST, Role.COMMAND, Role.LEADER})
  HotspotResponses.Hotspots disputes(HotspotQuery query, HttpServletRequest request) {
    onlyKnown(request, PERIOD_PARAMETERS);
    return hotspots.hotspots(EventKind.DISPUTES, query);
  }

  @GetMapping("/disputes/emerging")
  @Access({Role.ANALYST, Role.COMMAND, Role.LEADER})
  HotspotResponses.Emerging emergingDisputes(HotspotQuery query, HttpServletRequest request) {
    onlyKnown(request, EMERGING_PARAMETERS);
    return hotspots.emerging(EventKind.DISPUTES, query);
  }

  @GetMapping("/incidents")
  @Access({Role.ANALYST, Role.COMMAND, Role.LEADER})
  HotspotResponses.Hotspots incidents(HotspotQuery query, HttpServletRequest request) {
    onlyKnown(request, PERIOD_PARAMETERS);
    return hotspots.hotspots(EventKind.INCIDENTS, query);
  }

  @GetMapping("/incidents/emerging")
  @Access({Role.ANALYST, Role.COMMAND, Role.LEADER})
  HotspotResponses.Emerging emergingIncidents(HotspotQuery query, HttpServletRequest request) {
    onlyKnown(request, EMERGING_PARAMETERS);
    return hotspots.emerging(EventKind.INCIDENTS, query);
  }

  @ExceptionHandler
  ProblemDetail tooFewVillages(HotspotService.TooFewVillagesException e) {
    return Problems.of(
        HttpStatus.UNPROCESSABLE_CONTENT, "too-few-villages", "Too few villages", e.getMessage());
  }

  /** A misspelt parameter would otherwise be ignored and its default used without a word. */
  private static void onlyKnown(HttpServletRequest request, List<String> known) {
    for (String name : Collections.list(request.getParameterNames())) {
      if (!known.contains(name)) {
        throw BadRequestException.invalid(
            name, name + ": is not a parameter of this endpoint; it takes " + known);
      }
    }
  }
}
