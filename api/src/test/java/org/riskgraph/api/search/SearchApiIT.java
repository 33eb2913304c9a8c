package org.riskgraph.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riskgraph.api.ApiClient;
import org.riskgraph.api.ApiTestBase;
import org.riskgraph.api.importer.ImportService;
import org.riskgraph.fixtures.County;
import org.riskgraph.graph.person.Person;
import org.riskgraph.graph.vehicle.Vehicle;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The search cases of the issue through the running app on the tiny county. Every target is chosen
 * from the county's data by a rule (a name nobody else has, a plate whose misread form no other
 * plate shares …), never written into the test.
 */
class SearchApiIT extends ApiTestBase {

  static final String PURPOSE = "J2026101400001";

  @Autowired ImportService imports;

  private final County county = TinyCounty.county();

  @BeforeEach
  void tinyCountyIndexed() {
    TinyCounty.ensureLoaded(store, imports, this::emptyStore);
    SearchAdmin.rebuildOncePerClass(api, getClass());
  }

  @Test
  void findsAChineseNameExactlyAndAsAPartOfAName() {
    // Given a person whose name nobody else has, and one whose given name few others share
    Map<String, Long> names = countBy(county.persons(), Person::name);
    Person unique =
        county.persons().stream()
            .filter(p -> p.name().length() >= 2 && names.get(p.name()) == 1)
            .findFirst()
            .orElseThrow();
    Person threeCharacters =
        county.persons().stream()
            .filter(p -> p.name().length() == 3 && names.get(p.name()) == 1)
            .filter(p -> containing(p.name().substring(1)) <= 20)
            .findFirst()
            .orElseThrow();
    String givenName = threeCharacters.name().substring(1);

    // When / Then
    JsonNode exact = search(unique.name(), "");
    assertThat(keys(exact).getFirst()).isEqualTo(unique.id());
    assertThat(reasons(exact, unique.id())).contains("name " + unique.name());
    JsonNode hit = exact.at("/hits/0");
    assertThat(hit.at("/kind").asString()).isEqualTo("person");
    assertThat(hit.at("/ref").asString()).isEqualTo("person:" + unique.id());
    assertThat(hit.at("/displayName").asString()).startsWith(unique.name());

    JsonNode partial = search(givenName, "&limit=100");
    assertThat(keys(partial)).contains(threeCharacters.id());
    assertThat(reasons(partial, threeCharacters.id())).contains("name contains " + givenName);
  }

  @Test
  void findsANameByItsFullPinyinAndByItsInitials() {
    // Given a three-character name nobody else has, each character with one reading only
    Map<String, Long> names = countBy(county.persons(), Person::name);
    Person target =
        county.persons().stream()
            .filter(p -> p.name().length() == 3 && names.get(p.name()) == 1)
            .filter(p -> readings(p.name()).isPresent())
            .findFirst()
            .orElseThrow();
    List<String> syllables = readings(target.name()).orElseThrow();
    String full = String.join("", syllables);
    String initials = syllables.stream().map(s -> s.substring(0, 1)).collect(Collectors.joining());

    // When / Then
    JsonNode byFull = search(full, "&kinds=person&limit=100");
    assertThat(keys(byFull)).contains(target.id());
    assertThat(reasons(byFull, target.id())).contains("name pinyin " + full);

    JsonNode byInitials = search(initials, "&kinds=person&limit=100");
    assertThat(keys(byInitials)).contains(target.id());
    assertThat(reasons(byInitials, target.id())).contains("name pinyin initials " + initials);
  }

  @Test
  void findsAResidentIdInFullInPartWithOneWrongDigitAndWithTwoDigitsSwapped() {
    // Given a person with an ID, and a wrong digit and a swap that bring no other ID as close
    List<String> ids =
        county.persons().stream()
            .filter(p -> p.idNumber() != null)
            .map(p -> p.idNumber().value())
            .toList();
    Person target =
        county.persons().stream()
            .filter(p -> p.idNumber() != null)
            .filter(p -> ids.stream().filter(i -> i.contains(idPart(p))).count() == 1)
            .filter(p -> onlyOneSlipAway(wrongDigit(p.idNumber().value()), ids))
            .filter(p -> onlyOneSlipAway(swapped(p.idNumber().value()).orElse(""), ids))
            .findFirst()
            .orElseThrow();
    String id = target.idNumber().value();

    // When / Then
    JsonNode full = search(id, "");
    assertThat(keys(full).getFirst()).isEqualTo(target.id());
    assertThat(reasons(full, target.id())).contains("resident ID");

    String part = idPart(target);
    JsonNode partial = search(part, "");
    assertThat(keys(partial).getFirst()).isEqualTo(target.id());
    assertThat(reasons(partial, target.id())).contains("resident ID contains " + part);

    JsonNode wrong = search(wrongDigit(id), "");
    assertThat(keys(wrong).getFirst()).isEqualTo(target.id());
    assertThat(reasons(wrong, target.id()))
        .anySatisfy(r -> assertThat(r).startsWith("resident ID with one wrong digit"));

    JsonNode swap = search(swapped(id).orElseThrow(), "");
    assertThat(keys(swap).getFirst()).isEqualTo(target.id());
    assertThat(reasons(swap, target.id())).anySatisfy(r -> assertThat(r).contains("swapped"));
  }

  @Test
  void findsAPlateReadWithOcrConfusions() {
    // Given a plate whose misread form no other plate shares
    Map<String, Long> canonical = countBy(county.vehicles(), v -> ocrCanonical(v.plate().value()));
    Vehicle target =
        county.vehicles().stream()
            .filter(v -> v.plate().civil())
            .filter(v -> misread(v.plate().value()).isPresent())
            .filter(v -> canonical.get(ocrCanonical(v.plate().value())) == 1)
            .findFirst()
            .orElseThrow();
    String misread = misread(target.plate().value()).orElseThrow();

    // When
    JsonNode result = search(misread, "");

    // Then
    assertThat(keys(result).getFirst()).isEqualTo(target.plate().value());
    assertThat(result.at("/hits/0/kind").asString()).isEqualTo("vehicle");
    assertThat(reasons(result, target.plate().value()))
        .anySatisfy(r -> assertThat(r).startsWith("plate with OCR confusion"));
  }

  @Test
  void findsAPhoneNumberInFullAndByItsLastDigits() {
    // Given a number whose last four digits few others end with
    List<String> numbers =
        county.phones().stream().map(p -> p.number().value()).distinct().sorted().toList();
    Map<String, Long> tails = countBy(numbers, n -> n.substring(n.length() - 4));
    String number =
        numbers.stream()
            .filter(n -> tails.get(n.substring(n.length() - 4)) <= 3)
            .findFirst()
            .orElseThrow();
    String tail = number.substring(number.length() - 4);

    // When / Then
    JsonNode full = search(number, "");
    assertThat(keys(full).getFirst()).isEqualTo(number);
    assertThat(reasons(full, number)).contains("phone number");

    JsonNode byTail = search(tail, "&kinds=phone");
    assertThat(keys(byTail)).contains(number);
    assertThat(reasons(byTail, number)).contains("phone number ends with " + tail);
  }

  @Test
  void findsIncidentsAndDisputesByWordsOfTheirNarratives() {
    for (String kind : List.of("incident", "dispute")) {
      // Given a cause from the narratives ("因牲畜践踏庄稼发生纠纷") that a few of them give
      Map<String, List<String>> byCause = new HashMap<>();
      for (Narrative n : narratives(kind)) {
        causeOf(n.summary())
            .ifPresent(c -> byCause.computeIfAbsent(c, k -> new ArrayList<>()).add(n.id()));
      }
      Map.Entry<String, List<String>> cause =
          byCause.entrySet().stream()
              .filter(e -> e.getValue().size() >= 2 && e.getValue().size() <= 30)
              .min(
                  Comparator.comparing((Map.Entry<String, List<String>> e) -> e.getValue().size())
                      .thenComparing(Map.Entry::getKey))
              .orElseThrow();

      // When
      JsonNode result = search(cause.getKey(), "&kinds=" + kind + "&limit=100");

      // Then every narrative giving that cause is found, one of them first
      assertThat(keys(result)).as(cause.getKey()).containsAll(cause.getValue());
      assertThat(cause.getValue()).contains(keys(result).getFirst());
      assertThat(reasons(result, keys(result).getFirst()))
          .anySatisfy(r -> assertThat(r).startsWith("summary: "));
    }
  }

  @Test
  void auditsTheSearchWithTheSubjectsItReturned() {
    Person person = county.persons().getFirst();

    JsonNode result = search(person.name(), "&limit=3");

    JsonNode entry =
        api.get("/api/v1/audit?user=analyst&limit=1", "supervisor").json().at("/entries/0");
    assertThat(entry.at("/event/action").asString()).isEqualTo("SEARCH");
    assertThat(entry.at("/event/purpose").asString()).isEqualTo(PURPOSE);
    List<String> subjects = new ArrayList<>();
    entry.at("/event/subjects").forEach(s -> subjects.add(s.asString()));
    List<String> refs = new ArrayList<>();
    result.at("/hits").forEach(h -> refs.add(h.at("/ref").asString()));
    assertThat(subjects).isEqualTo(refs).contains("person:" + person.id());
  }

  @Test
  void refusesBadParametersNamingTheParameter() {
    assertThat(problemParameter("/api/v1/search")).isEqualTo("q");
    assertThat(problemParameter("/api/v1/search?q=" + "1".repeat(65))).isEqualTo("q");
    assertThat(problemParameter("/api/v1/search?q=zw&kinds=person,village")).isEqualTo("kinds");
    assertThat(problemParameter("/api/v1/search?q=zw&kinds=spaceship")).isEqualTo("kinds");
    assertThat(problemParameter("/api/v1/search?q=zw&limit=0")).isEqualTo("limit");
    assertThat(problemParameter("/api/v1/search?q=zw&limit=101")).isEqualTo("limit");
    assertThat(problemParameter("/api/v1/search?q=zw&limit=many")).isEqualTo("limit");
  }

  @Test
  void needsAPurposeAndIsNotForLeaders() {
    assertThat(api.get("/api/v1/search?q=zw", "analyst").status()).isEqualTo(400);
    assertThat(api.get("/api/v1/search?q=zw", "leader", "X-Purpose", PURPOSE).status())
        .isEqualTo(403);
    assertThat(api.get("/api/v1/search?q=zw", "command", "X-Purpose", PURPOSE).status())
        .isEqualTo(200);
  }

  private JsonNode search(String q, String more) {
    ApiClient.Response response =
        api.get(
            "/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + more,
            "analyst",
            "X-Purpose",
            PURPOSE);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private String problemParameter(String path) {
    ApiClient.Response response = api.get(path, "analyst", "X-Purpose", PURPOSE);
    assertThat(response.status()).as(path).isEqualTo(400);
    return response.json().at("/parameter").asString();
  }

  static List<String> keys(JsonNode result) {
    List<String> out = new ArrayList<>();
    result.at("/hits").forEach(h -> out.add(h.at("/key").asString()));
    return out;
  }

  static List<String> reasons(JsonNode result, String key) {
    List<String> out = new ArrayList<>();
    result
        .at("/hits")
        .forEach(
            h -> {
              if (h.at("/key").asString().equals(key)) {
                h.at("/reasons").forEach(r -> out.add(r.asString()));
              }
            });
    return out;
  }

  private long containing(String part) {
    return county.persons().stream().filter(p -> p.name().contains(part)).count();
  }

  private static <T> Map<String, Long> countBy(List<T> items, Function<T, String> key) {
    return items.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }

  /** The reading of each character, if every character has exactly one. */
  private static Optional<List<String>> readings(String name) {
    HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
    format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    format.setVCharType(HanyuPinyinVCharType.WITH_V);
    List<String> out = new ArrayList<>();
    try {
      for (char c : name.toCharArray()) {
        String[] all = PinyinHelper.toHanyuPinyinStringArray(c, format);
        if (all == null || java.util.Arrays.stream(all).distinct().count() != 1) {
          return Optional.empty();
        }
        out.add(all[0]);
      }
    } catch (BadHanyuPinyinOutputFormatCombination e) {
      throw new IllegalStateException(e);
    }
    return Optional.of(out);
  }

  /** Birth date and sequence number: the ID without region and check character. */
  private static String idPart(Person p) {
    return p.idNumber().value().substring(6, 17);
  }

  /** The ID with its 16th character (in the sequence number) one higher, modulo 10. */
  private static String wrongDigit(String id) {
    char c = id.charAt(15);
    return id.substring(0, 15) + (char) ('0' + (c - '0' + 1) % 10) + id.substring(16);
  }

  /** The ID with its first two adjacent different digits of the sequence swapped. */
  private static Optional<String> swapped(String id) {
    for (int i = 14; i < 16; i++) {
      if (id.charAt(i) != id.charAt(i + 1)) {
        char[] chars = id.toCharArray();
        chars[i] = id.charAt(i + 1);
        chars[i + 1] = id.charAt(i);
        return Optional.of(new String(chars));
      }
    }
    return Optional.empty();
  }

  /** Exactly one of the IDs is one wrong character or one adjacent swap away, none is equal. */
  private static boolean onlyOneSlipAway(String typed, List<String> ids) {
    if (typed.isEmpty()) {
      return false;
    }
    return ids.stream().filter(id -> oneSlip(typed, id)).count() == 1
        && ids.stream().noneMatch(typed::equals);
  }

  private static boolean oneSlip(String a, String b) {
    if (a.length() != b.length() || a.equals(b)) {
      return false;
    }
    List<Integer> diff = new ArrayList<>();
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        diff.add(i);
      }
    }
    return diff.size() == 1
        || diff.size() == 2
            && diff.get(1) == diff.get(0) + 1
            && a.charAt(diff.get(0)) == b.charAt(diff.get(1))
            && a.charAt(diff.get(1)) == b.charAt(diff.get(0));
  }

  private static final String CONFUSED_DIGITS = "08125";
  private static final String CONFUSED_LETTERS = "DBIZS";

  /** The plate with each of its confusable digits after the prefix read as the letter (0→D …). */
  private static Optional<String> misread(String plate) {
    StringBuilder out = new StringBuilder(plate.substring(0, 2));
    boolean changed = false;
    for (char c : plate.substring(2).toCharArray()) {
      int i = CONFUSED_DIGITS.indexOf(c);
      out.append(i >= 0 ? CONFUSED_LETTERS.charAt(i) : c);
      changed |= i >= 0;
    }
    return changed ? Optional.of(out.toString()) : Optional.empty();
  }

  private static String ocrCanonical(String plate) {
    StringBuilder out = new StringBuilder();
    for (char c : plate.toCharArray()) {
      out.append(
          switch (c) {
            case 'D', 'Q', 'O' -> '0';
            case 'B' -> '8';
            case 'I' -> '1';
            case 'Z' -> '2';
            case 'S' -> '5';
            default -> c;
          });
    }
    return out.toString();
  }

  private record Narrative(String id, String summary) {}

  private List<Narrative> narratives(String kind) {
    return kind.equals("incident")
        ? county.incidents().stream()
            .filter(i -> i.summary() != null)
            .map(i -> new Narrative(i.id(), i.summary()))
            .toList()
        : county.disputes().stream()
            .filter(d -> d.summary() != null)
            .map(d -> new Narrative(d.id(), d.summary()))
            .toList();
  }

  private static final Pattern CAUSE = Pattern.compile("因(\\p{IsHan}{4,8}?)(?:发生|产生)");

  private static Optional<String> causeOf(String summary) {
    Matcher m = CAUSE.matcher(summary);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
