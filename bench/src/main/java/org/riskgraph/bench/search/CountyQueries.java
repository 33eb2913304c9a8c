package org.riskgraph.bench.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.riskgraph.analysis.search.ChinesePinyin;
import org.riskgraph.fixtures.County;
import org.riskgraph.graph.person.Person;
import org.riskgraph.graph.vehicle.Vehicle;
import org.riskgraph.graph.village.Village;

/** The search cases of the issue, drawn from a generated county in turn, with a fixed seed. */
final class CountyQueries {

  /** A query, and the key of the one entity it is meant to find, or "" when many fit. */
  record Sample(String type, String text, String expected) {}

  private record Type(String name, Function<Random, Sample> sample) {}

  private static final Pattern CAUSE = Pattern.compile("因(\\p{IsHan}{2,8}?)(?:发生|产生)");
  private static final String CONFUSE_FROM = "08125";
  private static final String CONFUSE_TO = "DBIZS";

  private final County county;
  private final Random random;
  private final ChinesePinyin pinyin = new ChinesePinyin();
  private final List<Person> withId;
  private final List<String> phones;
  private final List<String> causes;
  private final Map<String, String> villages = new HashMap<>();
  private final List<Type> types;

  CountyQueries(County county, long seed) {
    this.county = county;
    this.random = new Random(seed);
    this.withId = county.persons().stream().filter(p -> p.idNumber() != null).toList();
    this.phones = county.phones().stream().map(p -> p.number().value()).distinct().toList();
    List<String> found = new ArrayList<>();
    county.incidents().forEach(i -> cause(i.summary(), found));
    county.disputes().forEach(d -> cause(d.summary(), found));
    this.causes = found.stream().distinct().sorted().toList();
    for (Village v : county.villages()) {
      villages.put(v.code(), v.name());
    }
    this.types =
        List.of(
            any("name exact", r -> person(r).name()),
            any("name part", r -> part(person(r).name())),
            any("pinyin full", r -> pinyin.spellings(person(r).name(), 1).iterator().next()),
            any("pinyin initials", r -> pinyin.initials(person(r).name(), 1).iterator().next()),
            one("id full", r -> id(r, id -> id)),
            one("id part", r -> id(r, id -> id.substring(6, 17))),
            one("id one wrong digit", r -> id(r, id -> wrongDigit(id, r))),
            one("id swapped digits", r -> id(r, id -> swapped(id, r))),
            one("plate exact", r -> plate(r, p -> p)),
            one("plate ocr misread", r -> plate(r, p -> misread(p, r))),
            one("phone full", r -> phone(r, p -> p)),
            any("phone last 4", r -> phone(r, p -> p.substring(p.length() - 4)).text()),
            any("narrative", r -> causes.get(r.nextInt(causes.size()))),
            any("name + village", this::nameAndVillage));
  }

  Sample next(int i) {
    Type type = types.get(i % types.size());
    Sample drawn = type.sample().apply(random);
    return new Sample(type.name(), drawn.text(), drawn.expected());
  }

  private static Type any(String name, Function<Random, String> text) {
    return new Type(name, r -> new Sample(name, text.apply(r), ""));
  }

  private static Type one(String name, Function<Random, Sample> sample) {
    return new Type(name, sample);
  }

  private Person person(Random r) {
    return county.persons().get(r.nextInt(county.persons().size()));
  }

  private static String part(String name) {
    return name.length() >= 3 ? name.substring(1) : name.substring(0, 1);
  }

  private Sample id(Random r, Function<String, String> typed) {
    Person p = withId.get(r.nextInt(withId.size()));
    return new Sample("", typed.apply(p.idNumber().value()), p.id());
  }

  private Sample plate(Random r, Function<String, String> typed) {
    Vehicle v = county.vehicles().get(r.nextInt(county.vehicles().size()));
    return new Sample("", typed.apply(v.plate().value()), v.plate().value());
  }

  private Sample phone(Random r, Function<String, String> typed) {
    String number = phones.get(r.nextInt(phones.size()));
    return new Sample("", typed.apply(number), number);
  }

  private String nameAndVillage(Random r) {
    Person p = person(r);
    return p.name() + " " + villages.getOrDefault(p.villageCode(), "");
  }

  private static void cause(String summary, List<String> out) {
    if (summary != null) {
      Matcher m = CAUSE.matcher(summary);
      if (m.find()) {
        out.add(m.group(1));
      }
    }
  }

  private static String wrongDigit(String id, Random r) {
    int at = r.nextInt(17);
    char digit = (char) ('0' + (id.charAt(at) - '0' + 1 + r.nextInt(9)) % 10);
    return id.substring(0, at) + digit + id.substring(at + 1);
  }

  private static String swapped(String id, Random r) {
    for (int tries = 0; tries < 20; tries++) {
      int at = r.nextInt(16);
      if (id.charAt(at) != id.charAt(at + 1)) {
        return id.substring(0, at) + id.charAt(at + 1) + id.charAt(at) + id.substring(at + 2);
      }
    }
    return id;
  }

  /** One confusable character after the prefix read as its look-alike (5→S, 0→D …). */
  private static String misread(String plate, Random r) {
    List<Integer> spots = new ArrayList<>();
    for (int i = 2; i < plate.length(); i++) {
      if (CONFUSE_FROM.indexOf(plate.charAt(i)) >= 0) {
        spots.add(i);
      }
    }
    if (spots.isEmpty()) {
      return plate;
    }
    int at = spots.get(r.nextInt(spots.size()));
    return plate.substring(0, at)
        + CONFUSE_TO.charAt(CONFUSE_FROM.indexOf(plate.charAt(at)))
        + plate.substring(at + 1);
  }
}
