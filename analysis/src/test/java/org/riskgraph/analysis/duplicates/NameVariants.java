package org.riskgraph.analysis.duplicates;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.riskgraph.analysis.search.ChinesePinyin;

/**
 * The ways a second record of the same person gets the name wrong: a character replaced by a
 * homophone or a look-alike, a character dropped, or two characters swapped. The look-alike pairs
 * here are written independently of the finder's list, and some are missing from it on purpose.
 */
final class NameVariants {

  /** Common characters, the pool homophones are drawn from. */
  private static final String COMMON =
      ChineseNames.MALE
          + ChineseNames.FEMALE
          + "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"
          + "而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好"
          + "应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道"
          + "命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长"
          + "求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色"
          + "光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教"
          + "速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记"
          + "需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史"
          + "感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育"
          + "厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞玮薇炜蔚维唯惟卫尉未魏位巍娅雅亚晓笑孝肖萧潇霄宵小筱";

  private static final String[] LOOKALIKES = {
    "王玉", "未末", "己已", "日曰", "土士", "晓晚", "婷停", "萍苹", "杨扬", "刚钢", "娟绢", "玲铃", "丽俪", "建健",
    "明朋", "英瑛", "芳房", "清晴", "海梅", "涛寿", "伟纬", "凤风", "国固", "雪雷", "春泰", "永水", "宏弘", "志忠",
    "慧惠", "辉晖", "静净", "俊峻", "凯铠", "鑫淼", "军车", "兵丘", "林彬", "红虹", "洁浩", "敏繁", "华毕", "平半",
    "桂佳", "秀季", "兰兴", "云去", "贵贯", "祥样", "福副", "荣菜"
  };

  private final ChinesePinyin pinyin;

  NameVariants(ChinesePinyin pinyin) {
    this.pinyin = pinyin;
  }

  /** A variant of the name, never the name itself. */
  String vary(String name, Random random) {
    double kind = random.nextDouble();
    if (kind < 0.25 && name.length() >= 3) {
      return dropOne(name, random);
    }
    if (kind < 0.4 && name.length() >= 3) {
      return name.charAt(0) + "" + name.charAt(2) + name.charAt(1) + name.substring(3);
    }
    if (kind < 0.6) {
      Optional<String> lookalike = replaceByLookalike(name, random);
      if (lookalike.isPresent()) {
        return lookalike.get();
      }
    }
    return replaceByHomophone(name, random)
        .or(() -> replaceByLookalike(name, random))
        .orElseGet(() -> name.length() >= 3 ? dropOne(name, random) : name + name.charAt(1));
  }

  private static String dropOne(String name, Random random) {
    int at = 1 + random.nextInt(name.length() - 1);
    return name.substring(0, at) + name.substring(at + 1);
  }

  private Optional<String> replaceByHomophone(String name, Random random) {
    List<Integer> positions = shuffledPositions(name, random);
    for (int at : positions) {
      List<Character> sounds = new ArrayList<>();
      List<String> readings = pinyin.readings(name.charAt(at));
      for (int i = 0; i < COMMON.length(); i++) {
        char c = COMMON.charAt(i);
        if (c != name.charAt(at)
            && !sounds.contains(c)
            && pinyin.readings(c).stream().anyMatch(readings::contains)) {
          sounds.add(c);
        }
      }
      if (!sounds.isEmpty()) {
        char replacement = sounds.get(random.nextInt(sounds.size()));
        return Optional.of(name.substring(0, at) + replacement + name.substring(at + 1));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> replaceByLookalike(String name, Random random) {
    for (int at : shuffledPositions(name, random)) {
      for (String pair : LOOKALIKES) {
        int found = pair.indexOf(name.charAt(at));
        if (found >= 0) {
          char other = pair.charAt(1 - found);
          return Optional.of(name.substring(0, at) + other + name.substring(at + 1));
        }
      }
    }
    return Optional.empty();
  }

  /** Positions of the given name, then the surname: clerks mishear given names more often. */
  private static List<Integer> shuffledPositions(String name, Random random) {
    List<Integer> given = new ArrayList<>();
    for (int i = 1; i < name.length(); i++) {
      given.add(i);
    }
    java.util.Collections.shuffle(given, random);
    given.add(0);
    return given;
  }
}
