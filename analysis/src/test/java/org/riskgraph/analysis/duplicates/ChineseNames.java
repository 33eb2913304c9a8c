package org.riskgraph.analysis.duplicates;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Chinese names with realistic frequencies: surnames by their share of the population (weighted
 * towards Yunnan, where 杨, 李 and 普 are commoner than nationally), given names of one or two
 * characters drawn from gendered pools by a Zipf law, so 张伟 and 李娜 recur as they do in life.
 */
public final class ChineseNames {

  /** Surname and share in per mille. */
  private static final String SURNAMES =
      "李79 王71 张68 杨50 刘54 陈45 赵25 黄23 周19 吴19 徐15 孙15 胡13 朱13 高12 林10 何12 郭11 马15"
          + " 罗16 梁9 宋8 郑8 谢7 韩7 唐7 冯6 于6 董6 萧3 程5 曹5 袁5 邓6 许5 傅4 沈4 曾5 彭5 吕4"
          + " 苏4 卢4 蒋4 蔡4 贾3 丁3 魏3 薛3 叶3 阎2 余4 潘3 杜3 戴3 夏3 钟3 汪3 田3 任3 姜2 范3"
          + " 方2 石3 姚2 谭2 廖2 邹2 熊2 金2 陆2 郝2 孔2 白3 崔2 康2 毛2 邱2 秦2 江2 史2 顾1 侯2 邵2"
          + " 孟2 龙2 万2 段3 普4 者1 鲁2 起1 自1 施2 单1 解1 查1 字1 左1 保1 尹2 岩1 刀1";

  static final String MALE =
      "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林欢阳建国志文海峰亮成东兵松荣新德福春学光金云" + "祥贵永忠中兴正发全昌生江树才顺有富贤良庆其彬晨";
  static final String FEMALE = "芳娜敏静丽艳娟霞秀英燕玲婷红梅琳雪倩萍洁颖慧莉兰凤琴晶瑶佳欣悦桂玉珍美云香月菊花翠蓉丹媛璐露思雨嘉琪秋" + "冬琼仙会芬彩银巧妹连";

  private final List<String> surnames = new ArrayList<>();
  private final double[] surnameCumulative;
  private final double[] maleCumulative = zipf(MALE.length());
  private final double[] femaleCumulative = zipf(FEMALE.length());

  public ChineseNames() {
    String[] entries = SURNAMES.split("\\s+");
    surnameCumulative = new double[entries.length];
    double sum = 0;
    for (int i = 0; i < entries.length; i++) {
      surnames.add(entries[i].substring(0, 1));
      sum += Integer.parseInt(entries[i].substring(1));
      surnameCumulative[i] = sum;
    }
    for (int i = 0; i < entries.length; i++) {
      surnameCumulative[i] /= sum;
    }
  }

  public String surname(Random random) {
    return surnames.get(pick(surnameCumulative, random));
  }

  /** A given name of one character (a quarter of names) or two. */
  public String givenName(boolean male, Random random) {
    String pool = male ? MALE : FEMALE;
    double[] cumulative = male ? maleCumulative : femaleCumulative;
    String first = String.valueOf(pool.charAt(pick(cumulative, random)));
    if (random.nextDouble() < 0.25) {
      return first;
    }
    return first + pool.charAt(pick(cumulative, random));
  }

  private static double[] zipf(int size) {
    double[] cumulative = new double[size];
    double sum = 0;
    for (int i = 0; i < size; i++) {
      sum += 1 / Math.pow(i + 1, 0.9);
      cumulative[i] = sum;
    }
    for (int i = 0; i < size; i++) {
      cumulative[i] /= sum;
    }
    return cumulative;
  }

  private static int pick(double[] cumulative, Random random) {
    double x = random.nextDouble();
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
