package org.riskgraph.analysis.duplicates;

import java.util.ArrayList;
import java.util.List;
import org.riskgraph.analysis.search.ChinesePinyin;
import org.riskgraph.graph.person.PersonNames;

/**
 * A name prepared for comparison: its characters, each character's pinyin readings, and the same
 * readings as Southwestern Mandarin speakers (as in Yunnan) pronounce them, where zh/z, ch/c, sh/s,
 * n/l and -ng/-n fall together: a clerk who hears a name writes what he hears. The sound key (first
 * heard reading of each character) groups names that sound alike, to count how common they are.
 */
record PersonName(
    String text,
    int[] chars,
    List<List<String>> readings,
    List<List<String>> heard,
    String soundKey) {

  static PersonName of(String name, ChinesePinyin pinyin) {
    String text = PersonNames.normalise(name);
    int[] chars = text.codePoints().toArray();
    List<List<String>> readings = new ArrayList<>(chars.length);
    List<List<String>> heard = new ArrayList<>(chars.length);
    StringBuilder key = new StringBuilder();
    for (int c : chars) {
      List<String> r = pinyin.readings(c);
      readings.add(r);
      List<String> h = r.stream().map(PersonName::dialect).distinct().sorted().toList();
      heard.add(h);
      key.append(h.isEmpty() ? Character.toString(c) : h.getFirst());
    }
    return new PersonName(text, chars, List.copyOf(readings), List.copyOf(heard), key.toString());
  }

  int length() {
    return chars.length;
  }

  /** A syllable as heard in Southwestern Mandarin: zhang→zan, ning→lin, sheng→sen. */
  static String dialect(String syllable) {
    String s = syllable;
    if (s.startsWith("zh") || s.startsWith("ch") || s.startsWith("sh")) {
      s = s.charAt(0) + s.substring(2);
    } else if (s.startsWith("n") && s.length() > 1) {
      s = "l" + s.substring(1);
    }
    if (s.endsWith("ng") && !s.equals("ng")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  static boolean intersect(List<String> a, List<String> b) {
    for (String x : a) {
      if (b.contains(x)) {
        return true;
      }
    }
    return false;
  }
}
