package org.riskgraph.api.duplicates;

import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.riskgraph.analysis.duplicates.CandidateList;
import org.riskgraph.analysis.duplicates.DuplicateCandidate;
import org.riskgraph.api.security.Access;
import org.riskgraph.api.security.Role;
import org.riskgraph.graph.audit.AuditAction;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.common.InvalidFieldException;
import org.riskgraph.graph.duplicate.Decision;
import org.riskgraph.graph.duplicate.DecisionEntry;
import org.riskgraph.graph.duplicate.PairDecision;
import org.riskgraph.graph.duplicate.PersonPair;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Duplicate-person suggestions and analysts' decisions on them. A pair decided {@code same} is
 * linked by its {@code POSSIBLY_SAME_AS} relationship; the two records stay as they are.
 */
@RestController
class DuplicateController {

  private static final int MAX_LIMIT = 200;

  private final DuplicateService duplicates;

  DuplicateController(DuplicateService duplicates) {
    this.duplicates = duplicates;
  }

  @GetMapping("/api/v1/persons/duplicates")
  @Access(
      value = {Role.ANALYST, Role.COMMAND},
      personLevel = true,
      audit = AuditAction.DUPLICATE_QUERY)
  DuplicateList list(
      @RequestParam(required = false) String minScore,
      @RequestParam(required = false) String limit,
      @RequestParam(required = false) String offset,
      @RequestParam(required = false) String village) {
    double atLeast = score(minScore);
    int size = whole("limit", limit, 50, 1, MAX_LIMIT);
    int from = whole("offset", offset, 0, 0, Integer.MAX_VALUE);
    Optional<String> inVillage =
        Optional.ofNullable(village)
            .filter(v -> !v.isBlank())
            .map(v -> Fields.requireKey("village", v));
    CandidateList list = duplicates.candidates();
    CandidateList.Page page = list.page(atLeast, inVillage, from, size);
    Map<PersonPair, PairDecision> decided =
        duplicates.decisions(page.candidates().stream().map(DuplicateCandidate::pair).toList());
    return DuplicateList.of(list, page, decided, atLeast, from, size);
  }

  @PostMapping("/api/v1/persons/duplicates/decisions")
  @Access(
      value = {Role.ANALYST, Role.COMMAND},
      personLevel = true,
      audit = AuditAction.DUPLICATE_DECISION)
  DecisionResponse decide(@RequestBody DecisionRequest request, Principal user) {
    PersonPair pair = PersonPair.of(request.a(), request.b());
    DecisionEntry entry =
        new DecisionEntry(
            Decision.parse(request.decision()),
            user.getName(),
            OffsetDateTime.now(),
            request.note());
    return DecisionResponse.of(duplicates.decide(pair, entry));
  }

  /** {@code {"a":"P1","b":"P2","decision":"same","note":"…"}}; the order of a and b is free. */
  record DecisionRequest(String a, String b, String decision, String note) {}

  private static double score(String text) {
    if (text == null || text.isBlank()) {
      return 0.5;
    }
    try {
      double score = Double.parseDouble(text.strip());
      if (score >= DuplicateService.FLOOR && score <= 1) {
        return score;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidFieldException(
        "minScore", text, "must be a number from " + DuplicateService.FLOOR + " to 1");
  }

  private static int whole(String name, String text, int otherwise, int min, int max) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidFieldException(
        name,
        text,
        "must be a whole number from " + min + (max == Integer.MAX_VALUE ? " up" : " to " + max));
  }
}
