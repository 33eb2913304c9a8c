package org.riskgraph.analysis.links;

import java.util.Map;
import org.riskgraph.graph.link.LinkType;

/**
 * One readable Chinese sentence per relationship, subject first as stored: "张伟 驾驶 云E12345", "张伟 认识
 * 李娜（家人）", "云E… 与 云E… 同行 12 次".
 */
final class Sentences {

  private static final Map<String, String> ROLES =
      Map.of("SUSPECT", "嫌疑人", "VICTIM", "受害人", "WITNESS", "证人", "REPORTER", "报警人");

  private static final Map<String, String> KNOWS =
      Map.of(
          "FAMILY", "家人",
          "SPOUSE", "配偶",
          "NEIGHBOUR", "邻居",
          "COWORKER", "同事",
          "ASSOCIATE", "熟人");

  private Sentences() {}

  /**
   * @param a the name of the node the relationship starts at
   * @param b the name of the node it ends at
   * @param properties the relationship's properties (kind, role, count)
   */
  static String of(LinkType type, String a, String b, Map<String, Object> properties) {
    return switch (type) {
      case KNOWS -> a + " 认识 " + b + in(KNOWS, properties.get("kind"));
      case OWNS -> a + " 驾驶 " + b;
      case USES -> a + " 使用 " + b;
      case INVOLVED_IN -> a + " 涉及 " + b + in(ROLES, properties.get("role"));
      case PARTY_TO -> a + " 是 " + b + " 的当事人";
      case ESCALATED_TO -> a + " 升级为 " + b;
      case TRAVELS_WITH -> a + " 与 " + b + " 同行 " + properties.getOrDefault("count", "?") + " 次";
      case RESIDES_IN -> a + " 居住在 " + b;
      case LOCATED_IN -> a + " 位于 " + b;
      case SERVES -> a + " 服务于 " + b;
      case OCCURRED_IN -> a + " 发生在 " + b;
      case PART_OF -> a + " 隶属 " + b;
      case ADJACENT_TO -> a + " 与 " + b + " 相邻";
      case SEEN_AT -> a + " 经过 " + b;
      case SUBJECT_OF -> a + " 是 " + b + " 的管控对象";
      case SUPERVISED_BY -> a + " 由 " + b + " 负责";
      case RECORDED -> a + " 记录 " + b;
      case POSSIBLY_SAME_AS -> a + " 可能与 " + b + " 是同一人";
    };
  }

  private static String in(Map<String, String> words, Object value) {
    if (value == null) {
      return "";
    }
    return "（" + words.getOrDefault(value.toString(), value.toString()) + "）";
  }
}
