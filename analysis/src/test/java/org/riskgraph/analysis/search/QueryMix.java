package org.riskgraph.analysis.search;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/** Queries of the kinds analysts type, drawn from a synthetic county, in turn. */
final class QueryMix {

  record Sample(String type, String text) {}

  private static final String CONFUSE_FROM = "0815 2";
  private static final String CONFUSE_TO = "DBIS Z";

  private final SyntheticDocuments county;
  private final Random random;
  private final ChinesePinyin pinyin = new ChinesePinyin();
  private final List<Type> types;

  private record Type(String name, Function<Random, String> text) {}

  QueryMix(SyntheticDocuments county, Random random) {
    this.county = county;
    this.random = random;
    this.types =
        List.of(
            new Type("name exact", r -> person(r).name()),
            new Type("name one char", r -> person(r).name().substring(1, 2)),
            new Type("pinyin full", r -> pinyin.spellings(person(r).name(), 1).iterator().next()),
            new Type(
                "pinyin initials", r -> pinyin.initials(person(r).name(), 1).iterator().next()),
            new Type("id full", r -> id(r)),
            new Type("id one wrong digit", r -> wrongDigit(id(r), r)),
            new Type("id swapped digits", r -> swapped(id(r), r)),
            new Type("id birth date part", r -> id(r).substring(6, 14)),
            new Type("id last 4", r -> id(r).substring(14)),
            new Type("plate exact", r -> plate(r)),
            new Type("plate ocr confused", r -> ocr(plate(r), r)),
            new Type("plate fragment", r -> plate(r).substring(2)),
            new Type("phone full +86", r -> "+86 " + phone(r)),
            new Type("phone last 4", r -> phone(r).substring(phone(r).length() - 4)),
            new Type("narrative", r -> r.nextBoolean() ? "盗窃 电动车" : "宅基地 纠纷"),
            new Type("keyword + village", r -> "盗窃 " + village(r)),
            new Type("name + village", r -> person(r).name() + " " + village(r)));
  }

  Sample next(int i) {
    Type type = types.get(i % types.size());
    return new Sample(type.name(), type.text().apply(random));
  }

  private PersonDocument person(Random r) {
    return county.persons.get(r.nextInt(county.persons.size()));
  }

  private String id(Random r) {
    while (true) {
      PersonDocument p = person(r);
      if (p.idNumber().isPresent()) {
        return p.idNumber().get().value();
      }
    }
  }

  private String plate(Random r) {
    return county.plates.get(r.nextInt(county.plates.size()));
  }

  private String phone(Random r) {
    return county.phones.get(r.nextInt(county.phones.size()));
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
