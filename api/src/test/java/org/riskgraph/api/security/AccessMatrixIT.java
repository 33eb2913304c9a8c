package org.riskgraph.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.riskgraph.api.ApiClient;
import org.riskgraph.api.ApiTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every registered API endpoint for every role and checks the answer against the role matrix
 * of DESIGN.md, written out here independently of the {@link Access} annotations. An endpoint that
 * is added without a rule, or without a line in this table, fails the build.
 */
class AccessMatrixIT extends ApiTestBase {

  private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
  private static final Set<Role> ANALYSTS = EnumSet.of(Role.ANALYST, Role.COMMAND);
  private static final Set<Role> AGGREGATES = EnumSet.of(Role.ANALYST, Role.COMMAND, Role.LEADER);

  /** method + pattern → who may call it, and whether it is person-level; a sample request. */
  private static final Map<String, Rule> MATRIX = new LinkedHashMap<>();

  static {
    rule("GET /api/v1/stats", EVERYONE, false, "/api/v1/stats");
    rule("GET /api/v1/villages", EVERYONE, false, "/api/v1/villages");
    rule("GET /api/v1/entities/{kind}/{key}", ANALYSTS, true, "/api/v1/entities/person/P1");
    rule("POST /api/v1/import", EnumSet.of(Role.ADMIN), false, "/api/v1/import");
    rule("GET /api/v1/audit", EnumSet.of(Role.SUPERVISOR), false, "/api/v1/audit");
    rule("GET /api/v1/audit/verify", EnumSet.of(Role.SUPERVISOR), false, "/api/v1/audit/verify");
    rule(
        "GET /api/v1/supervision/controls",
        EnumSet.of(Role.SUPERVISOR, Role.COMMAND),
        true,
        "/api/v1/supervision/controls");
    rule("GET /api/v1/hotspots/disputes", AGGREGATES, false, "/api/v1/hotspots/disputes");
    rule(
        "GET /api/v1/hotspots/disputes/emerging",
        AGGREGATES,
        false,
        "/api/v1/hotspots/disputes/emerging");
    rule("GET /api/v1/hotspots/incidents", AGGREGATES, false, "/api/v1/hotspots/incidents");
    rule(
        "GET /api/v1/hotspots/incidents/emerging",
        AGGREGATES,
        false,
        "/api/v1/hotspots/incidents/emerging");
    rule("POST /api/v1/instructions", EnumSet.of(Role.COMMAND), false, "/api/v1/instructions");
    rule(
        "POST /api/v1/instructions/{id}/transitions",
        EnumSet.of(Role.COMMAND),
        false,
        "/api/v1/instructions/ZL20261130-0001/transitions");
    rule("GET /api/v1/instructions", EnumSet.of(Role.COMMAND), false, "/api/v1/instructions");
    rule(
        "GET /api/v1/instructions/{id}",
        EnumSet.of(Role.COMMAND),
        false,
        "/api/v1/instructions/ZL20261130-0001");
    rule(
        "GET /api/v1/instructions/stats",
        EnumSet.of(Role.COMMAND, Role.LEADER),
        false,
        "/api/v1/instructions/stats?month=2026-10");
    rule(
        "GET /api/v1/links/chains",
        ANALYSTS,
        true,
        "/api/v1/links/chains?from=person:P1&to=person:P2");
    rule(
        "GET /api/v1/entities/{kind}/{key}/neighbourhood",
        ANALYSTS,
        true,
        "/api/v1/entities/person/P1/neighbourhood");
    rule("GET /api/v1/groups", ANALYSTS, true, "/api/v1/groups?seed=person:P1");
    rule("POST /api/v1/admin/co-travel", EnumSet.of(Role.ADMIN), false, "/api/v1/admin/co-travel");
    rule(
        "POST /api/v1/admin/retention/purge",
        EnumSet.of(Role.ADMIN),
        false,
        "/api/v1/admin/retention/purge");
    rule(
        "GET /api/v1/risk",
        EnumSet.of(Role.ANALYST, Role.COMMAND, Role.LEADER),
        false,
        "/api/v1/risk?month=2026-10&level=village");
    rule(
        "GET /api/v1/risk/forecast",
        EnumSet.of(Role.ANALYST, Role.COMMAND, Role.LEADER),
        false,
        "/api/v1/risk/forecast?kind=incidents&month=2026-11");
    rule("POST /api/v1/research-products", ANALYSTS, true, "/api/v1/research-products");
    rule("GET /api/v1/research-products", ANALYSTS, true, "/api/v1/research-products");
    rule(
        "GET /api/v1/research-products/{id}",
        ANALYSTS,
        true,
        "/api/v1/research-products/YP20261130-0001");
    rule("GET /api/v1/reports/daily", AGGREGATES, false, "/api/v1/reports/daily?date=2026-10-14");
    rule(
        "GET /api/v1/reports/daily?named=true",
        EnumSet.of(Role.COMMAND),
        true,
        "/api/v1/reports/daily?named=true&date=2026-10-14");
    rule("GET /api/v1/reports/weekly", AGGREGATES, false, "/api/v1/reports/weekly?week=2026-W42");
    rule(
        "GET /api/v1/reports/weekly?named=true",
        EnumSet.of(Role.COMMAND),
        true,
        "/api/v1/reports/weekly?named=true&week=2026-W42");
    rule("GET /api/v1/reports/monthly", AGGREGATES, false, "/api/v1/reports/monthly?month=2026-10");
    rule(
        "GET /api/v1/reports/monthly?named=true",
        EnumSet.of(Role.COMMAND),
        true,
        "/api/v1/reports/monthly?named=true&month=2026-10");
    rule(
        "GET /api/v1/risk/villages/{code}/history",
        EnumSet.of(Role.ANALYST, Role.COMMAND, Role.LEADER),
        false,
        "/api/v1/risk/villages/V1/history?months=24");
    rule("GET /api/v1/search", ANALYSTS, true, "/api/v1/search?q=zw");
    rule("GET /api/v1/persons/duplicates", ANALYSTS, true, "/api/v1/persons/duplicates");
    rule(
        "POST /api/v1/persons/duplicates/decisions",
        ANALYSTS,
        true,
        "/api/v1/persons/duplicates/decisions");
    rule("GET /api/v1/admin/search", EnumSet.of(Role.ADMIN), false, "/api/v1/admin/search");
    rule(
        "POST /api/v1/admin/search/rebuild",
        EnumSet.of(Role.ADMIN),
        false,
        "/api/v1/admin/search/rebuild");
  }

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void everyEndpointHasAnAccessRuleAndALineInTheMatrix() {
    List<String> missingRule = new ArrayList<>();
    List<String> missingLine = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
        mappings.getHandlerMethods().entrySet()) {
      for (String endpoint : endpoints(entry.getKey())) {
        boolean page = endpoint.contains(" /ui/");
        if (!endpoint.contains(" /api/") && !page) {
          continue;
        }
        if (entry.getValue().getMethodAnnotation(Access.class) == null) {
          missingRule.add(endpoint);
        }
        if (page) {
          continue; // pages need a form login, not Basic: DashboardPageIT checks who sees them
        }
        if (!MATRIX.containsKey(endpoint)) {
          missingLine.add(endpoint);
        }
      }
    }
    assertThat(missingRule).as("endpoints without @Access").isEmpty();
    assertThat(missingLine).as("endpoints missing from the role matrix in this test").isEmpty();
  }

  @Test
  void annotationsAgreeWithTheMatrix() {
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
        mappings.getHandlerMethods().entrySet()) {
      for (String endpoint : endpoints(entry.getKey())) {
        Rule rule = MATRIX.get(endpoint);
        if (rule == null) {
          continue;
        }
        Access access = entry.getValue().getMethodAnnotation(Access.class);
        assertThat(EnumSet.copyOf(List.of(access.value()))).as(endpoint).isEqualTo(rule.roles());
        assertThat(access.personLevel()).as(endpoint).isEqualTo(rule.personLevel());
        if (access.personLevel()) {
          assertThat(access.value()).as(endpoint + " is person-level").doesNotContain(Role.LEADER);
        }
      }
    }
  }

  @Test
  void everyRoleGetsExactlyWhatTheMatrixAllows() {
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Rule> entry : MATRIX.entrySet()) {
      String method = entry.getKey().substring(0, entry.getKey().indexOf(' '));
      Rule rule = entry.getValue();
      for (Role role : Role.values()) {
        String user = role.name().toLowerCase();
        ApiClient.Response response =
            method.equals("GET")
                ? api.get(rule.sample(), user, "X-Purpose", "J2026101400001")
                : api.post(
                    rule.sample(), user, "application/x-ndjson", "", "X-Purpose", "J2026101400001");
        boolean allowed = rule.roles().contains(role);
        boolean answeredAsAllowed = response.status() != 403 && response.status() != 401;
        if (allowed != answeredAsAllowed) {
          wrong.add(entry.getKey() + " as " + role + " gave " + response.status());
        }
        if (!allowed) {
          assertThat(response.json().at("/type").asString()).isEqualTo("/problems/forbidden");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  /**
   * {@code GET /api/v1/x}, or {@code GET /api/v1/x?named=true} for a handler that a request
   * parameter selects (the named reports), so that each handler has its own line.
   */
  private static List<String> endpoints(RequestMappingInfo info) {
    List<String> out = new ArrayList<>();
    String params =
        info.getParamsCondition().getExpressions().stream()
            .map(Object::toString)
            .sorted()
            .reduce((a, b) -> a + "&" + b)
            .map(p -> "?" + p)
            .orElse("");
    for (var method : info.getMethodsCondition().getMethods()) {
      for (String pattern : info.getPatternValues()) {
        out.add(method.name() + " " + pattern + params);
      }
    }
    return out;
  }

  private static void rule(String endpoint, Set<Role> roles, boolean personLevel, String sample) {
    MATRIX.put(endpoint, new Rule(roles, personLevel, sample));
  }

  private record Rule(Set<Role> roles, boolean personLevel, String sample) {}
}
