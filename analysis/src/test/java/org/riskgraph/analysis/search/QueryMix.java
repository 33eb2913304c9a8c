package org.riskgraph.analysis.search;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/** Queries of the kinds analysts type, drawn from a synthetic county, in turn. */
final class QueryMix {

  /** A query, and the key of the one entity it is meant to find, or "" when many fit. */
  record Sample(String type, String text, String expected) {}

  private static final String CONFUSE_FROM = "0815 2";
  private static final String CONFUSE_TO = "DBIS Z";

  private final SyntheticDocuments county;
  private final Random random;
  private final ChinesePinyin pinyin = new ChinesePinyin();
  private final List<Type> types;

  private record Type(String name, Function<Random, Sample> sample) {}

  QueryMix(SyntheticDocuments county, Random random) {
    this.county = county;
    this.random = random;
    this.types =
        List.of(
            any("name exact", r -> person(r).name()),
            any("name one char", r -> person(r).name().substring(1, 2)),
            any("pinyin full", r -> pinyin.spellings(person(r).name(), 1).iterator().next()),
            any("pinyin initials", r -> pinyin.initials(person(r).name(), 1).iterator().next()),
            one("id full", r -> withId(r, id -> id)),
            one("id one wrong digit", r -> withId(r, id -> wrongDigit(id, r))),
            one("id swapped digits", r -> withId(r, id -> swapped(id, r))),
            any("id birth date part", r -> withId(r, id -> id.substring(6, 14)).text()),
            any("id last 4", r -> withId(r, id -> id.substring(14)).text()),
            one("plate exact", r -> withPlate(r, plate -> plate)),
            one("plate ocr confused", r -> withPlate(r, plate -> ocr(plate, r))),
            one("plate fragment", r -> withPlate(r, plate -> plate.substring(2))),
            one("phone full +86", r -> withPhone(r, phone -> "+86 " + phone)),
            any(
                "phone last 4",
                r -> withPhone(r, phone -> phone.substring(phone.length() - 4)).text()),
            any("narrative", r -> r.nextBoolean() ? "盗窃 电动车" : "宅基地 纠纷"),
            any("keyword + village", r -> "盗窃 " + village(r)),
            any("name + village", r -> nameAndVillage(r)));
  }

  Sample next(int i) {
    return types.get(i % types.size()).sample().apply(random);
  }

  private static Type any(String name, Function<Random, String> text) {
    return new Type(name, r -> new Sample(name, text.apply(r), ""));
  }

  private static Type one(String name, Function<Random, Sample> sample) {
    return new Type(
        name,
        r -> {
          Sample drawn = sample.apply(r);
          return new Sample(name, drawn.text(), drawn.expected());
        });
  }

  private Sample withId(Random r, Function<String, String> typed) {
    while (true) {
      PersonDocument p = person(r);
      if (p.idNumber().isPresent()) {
        return new Sample("", typed.apply(p.idNumber().get().value()), p.id());
      }
    }
  }

  private Sample withPlate(Random r, Function<String, String> typed) {
    String plate = county.plates.get(r.nextInt(county.plates.size()));
    return new Sample("", typed.apply(plate), plate);
  }

  private Sample withPhone(Random r, Function<String, String> typed) {
    String phone = county.phones.get(r.nextInt(county.phones.size()));
    return new Sample("", typed.apply(phone), phone);
  }

  private String nameAndVillage(Random r) {
    PersonDocument p = person(r);
    return p.name() + " " + p.villageName().orElse(village(r));
  }

  private PersonDocument person(Random r) {
    return county.persons.get(r.nextInt(county.persons.size()));
  }

  private String village(Random r) {
    return county.villageNames.get(r.nextInt(county.villageNames.size()));
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

  private static String ocr(String plate, Random r) {
    StringBuilder out = new StringBuilder(plate);
    for (int i = 2; i < out.length(); i++) {
      int at = CONFUSE_FROM.indexOf(out.charAt(i));
      if (at >= 0 && CONFUSE_FROM.charAt(at) != ' ' && r.nextBoolean()) {
        out.setCharAt(i, CONFUSE_TO.charAt(at));
        return out.toString();
      }
    }
    return out.toString();
  }
}
