package org.riskgraph.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riskgraph.api.ApiClient;
import org.riskgraph.api.ApiTestBase;
import org.riskgraph.api.TinyCounty;
import org.riskgraph.fixtures.County;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.incident.Incident;
import org.riskgraph.graph.incident.IncidentCategory;
import org.riskgraph.graph.person.Person;
import tools.jackson.databind.JsonNode;

/** The report endpoints on the tiny county: numbers, formats, languages, who sees names. */
class ReportApiIT extends ApiTestBase {

  private static final String PURPOSE = "J20261014000001";

  @BeforeEach
  void tinyCounty() {
    TinyCounty.ensureLoaded(this);
  }

  @Test
  void dailyReportCountsWhatTheFixtureHolds() {
    County county = TinyCounty.county();
    LocalDate day = busiestSeriousDay(county);

    JsonNode report = api.get("/api/v1/reports/daily?date=" + day, "leader").json();

    assertThat(report.at("/header/kind").asString()).isEqualTo("DAILY");
    assertThat(report.at("/incidents/current").asLong()).isEqualTo(incidents(county, day, null));
    assertThat(report.at("/incidents/previous").asLong())
        .isEqualTo(incidents(county, day.minusDays(1), null));
    assertThat(report.at("/incidents/seasonal").asLong())
        .isEqualTo(incidents(county, day.minusDays(7), null));
    for (JsonNode row : report.at("/byCategory")) {
      IncidentCategory category = IncidentCategory.valueOf(row.at("/key").asString());
      assertThat(row.at("/current").asLong())
          .as("%s", category)
          .isEqualTo(incidents(county, day, category));
    }
    List<String> serious = new ArrayList<>();
    report.at("/serious").forEach(s -> serious.add(s.at("/id").asString()));
    assertThat(serious)
        .containsExactlyInAnyOrderElementsOf(
            county.incidents().stream()
                .filter(i -> day(i).equals(day) && i.severity() >= 3)
                .map(Incident::id)
                .toList());
    assertThat(report.at("/serious/0/parties").size()).isZero();
    assertThat(report.at("/serious/0/summary").isNull()).isTrue();
  }

  @Test
  void weeklyAndMonthlyReportsAnswerWithTheGraphsNumbers() {
    County county = TinyCounty.county();

    JsonNode weekly = api.get("/api/v1/reports/weekly?week=2026-W42", "analyst").json();
    JsonNode monthly = api.get("/api/v1/reports/monthly?month=2026-10", "leader").json();
    JsonNode risk = api.get("/api/v1/risk?month=2026-10&level=county", "leader").json();

    LocalDate monday = LocalDate.of(2026, 10, 12);
    long week = 0;
    for (int d = 0; d < 7; d++) {
      week += incidents(county, monday.plusDays(d), null);
    }
    assertThat(weekly.at("/incidents/current").asLong()).isEqualTo(week);
    assertThat(weekly.at("/header/from").asString()).isEqualTo("2026-10-12");
    assertThat(weekly.at("/sameWeekLastYear").asString()).isEqualTo("2025-W42");
    assertThat(weekly.at("/byTownship").size()).isEqualTo(county.townships().size());
    assertThat(monthly.at("/county/score").asDouble())
        .isEqualTo(risk.at("/scores/0/score").asDouble());
    assertThat(monthly.at("/map").size()).isEqualTo(county.villages().size());
    assertThat(monthly.at("/trends/incidents/11").asLong())
        .isEqualTo(
            county.incidents().stream()
                .filter(i -> day(i).getYear() == 2026 && day(i).getMonthValue() == 10)
                .count());
  }

  @Test
  void givesAPrintablePageWithChartsForFormatHtmlOrAnAcceptHeaderInEitherLanguage() {
    ApiClient.Response byFormat =
        api.get("/api/v1/reports/monthly?month=2026-10&format=html", "leader");
    ApiClient.Response byAccept =
        api.get("/api/v1/reports/weekly?week=2026-W42&lang=en", "leader", "Accept", "text/html");
    ApiClient.Response json =
        api.get(
            "/api/v1/reports/daily?date=2026-10-14&format=json", "leader", "Accept", "text/html");

    assertThat(byFormat.status()).isEqualTo(200);
    assertThat(byFormat.header("Content-Type")).startsWith("text/html");
    assertThat(byFormat.body()).contains("社会治安稳定形势分析报告", "<svg", "矛盾纠纷").doesNotContain("<script");
    assertThat(byAccept.header("Content-Type")).startsWith("text/html");
    assertThat(byAccept.body())
        .contains("Weekly incident bulletin", "<svg")
        .doesNotContain("一周警情通报");
    assertThat(json.header("Content-Type")).startsWith("application/json");
  }

  @Test
  void refusesBadPeriodsLanguagesAndFormatsNamingTheParameter() {
    assertInvalid(api.get("/api/v1/reports/daily?date=14.10.2026", "leader"), "date");
    assertInvalid(api.get("/api/v1/reports/daily?date=2099-01-01", "leader"), "date");
    assertInvalid(api.get("/api/v1/reports/weekly?week=2026-W60", "leader"), "week");
    assertInvalid(api.get("/api/v1/reports/monthly?month=2024-01", "leader"), "month");
    assertInvalid(api.get("/api/v1/reports/daily?lang=fr", "leader"), "lang");
    assertInvalid(api.get("/api/v1/reports/daily?format=pdf", "leader"), "format");
  }

  @Test
  void noPersonNameReachesALeaderInAnyReportFormatOrLanguage() {
    List<String> names =
        TinyCounty.county().persons().stream().map(Person::name).distinct().toList();
    List<String> reads = new ArrayList<>();
    for (String report :
        List.of(
            "daily?date=" + busiestSeriousDay(TinyCounty.county()),
            "daily",
            "weekly?week=2026-W42",
            "weekly",
            "monthly?month=2026-10",
            "monthly?month=2026-03")) {
      for (String format : List.of("json", "html")) {
        for (String lang : List.of("zh", "en")) {
          String sep = report.contains("?") ? "&" : "?";
          ApiClient.Response response =
              api.get(
                  "/api/v1/reports/" + report + sep + "format=" + format + "&lang=" + lang,
                  "leader");
          assertThat(response.status()).as(report).isEqualTo(200);
          reads.add(response.body());
        }
      }
    }

    for (String body : reads) {
      for (String name : names) {
        assertThat(body).as("a leader's report names %s", name).doesNotContain(name);
      }
    }
    String named =
        api.get(
                "/api/v1/reports/daily?named=true&date=" + busiestSeriousDay(TinyCounty.county()),
                "command",
                "X-Purpose",
                PURPOSE)
            .body();
    assertThat(names.stream().filter(named::contains)).as("the check can fail").isNotEmpty();
  }

  @Test
  void theNamedReportIsForTheCommandHallWithAPurposeAndAuditsThePersonsItNames() {
    String path = "/api/v1/reports/daily?named=true&date=" + busiestSeriousDay(TinyCounty.county());

    assertThat(api.get(path, "leader", "X-Purpose", PURPOSE).status()).isEqualTo(403);
    assertThat(api.get(path, "analyst", "X-Purpose", PURPOSE).status()).isEqualTo(403);
    ApiClient.Response noPurpose = api.get(path, "command");
    assertThat(noPurpose.status()).isEqualTo(400);
    assertThat(noPurpose.json().at("/type").asString()).isEqualTo("/problems/purpose-required");
    ApiClient.Response named = api.get(path, "command", "X-Purpose", PURPOSE);

    assertThat(named.status()).isEqualTo(200);
    JsonNode report = named.json();
    assertThat(report.at("/header/named").asBoolean()).isTrue();
    String person = report.at("/serious/0/parties/0/personId").asString();
    assertThat(person).isNotEmpty();
    JsonNode entry =
        api.get("/api/v1/audit?user=command&limit=1", "supervisor").json().at("/entries/0/event");
    assertThat(entry.at("/action").asString()).isEqualTo("REPORT_READ");
    assertThat(entry.at("/purpose").asString()).isEqualTo(PURPOSE);
    List<String> subjects = new ArrayList<>();
    entry.at("/subjects").forEach(s -> subjects.add(s.asString()));
    assertThat(subjects)
        .contains("person:" + person, "incident:" + report.at("/serious/0/id").asString());
  }

  @Test
  void auditsALeadersReportReadWithoutSubjects() {
    api.get("/api/v1/reports/weekly?week=2026-W42", "leader");

    JsonNode entry =
        api.get("/api/v1/audit?user=leader&limit=1", "supervisor").json().at("/entries/0/event");
    assertThat(entry.at("/action").asString()).isEqualTo("REPORT_READ");
    assertThat(entry.at("/endpoint").asString()).isEqualTo("GET /api/v1/reports/weekly");
    assertThat(entry.at("/subjects").size()).isZero();
  }

  private static void assertInvalid(ApiClient.Response response, String parameter) {
    assertThat(response.status()).as(parameter).isEqualTo(400);
    assertThat(response.json().at("/parameter").asString()).isEqualTo(parameter);
  }

  /** The October 2026 day with the most serious incidents: a day the named list is not empty. */
  static LocalDate busiestSeriousDay(County county) {
    return county.incidents().stream()
        .filter(i -> i.severity() >= 3 && day(i).getYear() == 2026 && day(i).getMonthValue() == 10)
        .collect(
            java.util.stream.Collectors.groupingBy(
                ReportApiIT::day, java.util.TreeMap::new, java.util.stream.Collectors.counting()))
        .entrySet()
        .stream()
        .max(java.util.Map.Entry.comparingByValue())
        .orElseThrow()
        .getKey();
  }

  private static long incidents(County county, LocalDate day, IncidentCategory category) {
    return county.incidents().stream()
        .filter(i -> day(i).equals(day) && (category == null || i.category() == category))
        .count();
  }

  static LocalDate day(Incident incident) {
    return incident.reportedAt().atZoneSameInstant(Fields.CHINA).toLocalDate();
  }
}
