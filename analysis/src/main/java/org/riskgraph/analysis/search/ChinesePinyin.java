package org.riskgraph.analysis.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Tone-less pinyin as analysts type it: lower case, {@code ü} written {@code v}. A polyphonic
 * character (多音字) has all its readings, because a register clerk may have read 单 as shan or dan:
 * the search indexes every spelling of a name, and duplicate detection compares any reading with
 * any reading. Safe for concurrent use; readings are cached per character.
 */
public final class ChinesePinyin {

  private static final HanyuPinyinOutputFormat FORMAT = format();

  /** Readings depend on the character only, so one cache serves every instance. */
  private static final ConcurrentHashMap<Integer, List<String>> CACHE = new ConcurrentHashMap<>();

  public static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  /** True when the text has at least one character and every character is Chinese. */
  public static boolean isAllHan(String text) {
    return !text.isEmpty() && text.codePoints().allMatch(ChinesePinyin::isHan);
  }

  /**
   * The distinct readings of one character: a Chinese character's tone-less pinyin in the order
   * pinyin4j lists them, a Latin letter or digit as itself in lower case, anything else none.
   */
  public List<String> readings(int codePoint) {
    return CACHE.computeIfAbsent(codePoint, ChinesePinyin::lookUp);
  }

  /** The readings of each character that has any, in order (separators such as · are skipped). */
  public List<List<String>> syllables(String text) {
    List<List<String>> out = new ArrayList<>();
    text.codePoints()
        .forEach(
            c -> {
              List<String> readings = readings(c);
              if (!readings.isEmpty()) {
                out.add(readings);
              }
            });
    return out;
  }

  /** Every full spelling of the text with syllables joined ("zhangwei"), at most {@code cap}. */
  public Set<String> spellings(String text, int cap) {
    return combine(syllables(text), Function.identity(), cap);
  }

  /** Every spelling by initial letters ("zw"), at most {@code cap}. */
  public Set<String> initials(String text, int cap) {
    return combine(syllables(text), reading -> reading.substring(0, 1), cap);
  }

  private static Set<String> combine(
      List<List<String>> syllables, Function<String, String> part, int cap) {
    Set<String> prefixes = new LinkedHashSet<>();
    prefixes.add("");
    for (List<String> readings : syllables) {
      Set<String> next = new LinkedHashSet<>();
      // prefixes are kept in reading order, so when the cap bites the first readings survive
      outer:
      for (String prefix : prefixes) {
        for (String reading : readings) {
          next.add(prefix + part.apply(reading));
          if (next.size() >= cap) {
            break outer;
          }
        }
      }
      prefixes = next;
    }
    prefixes.remove("");
    return prefixes;
  }

  private static List<String> lookUp(int codePoint) {
    if (codePoint < 0x80) {
      return Character.isLetterOrDigit(codePoint)
          ? List.of(Character.toString(codePoint).toLowerCase(Locale.ROOT))
          : List.of();
    }
    if (!isHan(codePoint) || Character.isSupplementaryCodePoint(codePoint)) {
      return List.of();
    }
    try {
      String[] found = PinyinHelper.toHanyuPinyinStringArray((char) codePoint, FORMAT);
      if (found == null) {
        return List.of();
      }
      return List.copyOf(new LinkedHashSet<>(List.of(found)));
    } catch (BadHanyuPinyinOutputFormatCombination e) {
      throw new IllegalStateException("pinyin format rejected", e);
    }
  }

  private static HanyuPinyinOutputFormat format() {
    HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
    format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    format.setVCharType(HanyuPinyinVCharType.WITH_V);
    return format;
  }
}
