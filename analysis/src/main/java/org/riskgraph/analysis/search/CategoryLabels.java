package org.riskgraph.analysis.search;

import org.riskgraph.graph.dispute.DisputeCategory;
import org.riskgraph.graph.incident.IncidentCategory;

/**
 * The words the bureau uses for each category. They are indexed beside the narrative because a
 * summary rarely repeats its category: "村民报称其电动车被盗" says 被盗, the analyst types 盗窃.
 */
final class CategoryLabels {

  private CategoryLabels() {}

  static String of(IncidentCategory category) {
    return switch (category) {
      case THEFT -> "盗窃";
      case FRAUD -> "诈骗";
      case ASSAULT -> "伤害";
      case ROBBERY -> "抢劫";
      case DRUGS -> "涉毒";
      case TRAFFIC -> "交通";
      case PUBLIC_ORDER -> "治安";
      case DISPUTE -> "纠纷";
      case OTHER -> "其他警情";
    };
  }

  /** The label and the words analysts use as synonyms for it. */
  static String searchText(IncidentCategory category) {
    return of(category)
        + " "
        + switch (category) {
          case THEFT -> "偷盗 被盗 失窃 偷窃";
          case FRAUD -> "诈骗 电信诈骗 骗钱";
          case ASSAULT -> "殴打 打架 斗殴 故意伤害";
          case ROBBERY -> "抢夺 抢劫";
          case DRUGS -> "毒品 吸毒 贩毒";
          case TRAFFIC -> "交通事故 车祸";
          case PUBLIC_ORDER -> "扰乱 治安案件";
          case DISPUTE -> "矛盾 纠纷";
          case OTHER -> "";
        };
  }

  static String of(DisputeCategory category) {
    return switch (category) {
      case LAND -> "土地纠纷";
      case NEIGHBOUR -> "邻里纠纷";
      case MARRIAGE_FAMILY -> "婚姻家庭纠纷";
      case DEBT -> "债务纠纷";
      case LABOUR -> "劳资纠纷";
      case CONTRACT -> "合同纠纷";
      case OTHER -> "其他纠纷";
    };
  }

  static String searchText(DisputeCategory category) {
    return of(category)
        + " "
        + switch (category) {
          case LAND -> "土地 宅基地 山林 承包地";
          case NEIGHBOUR -> "邻里 邻居";
          case MARRIAGE_FAMILY -> "婚姻 家庭 离婚 赡养";
          case DEBT -> "债务 欠款 借款";
          case LABOUR -> "劳资 欠薪 工资";
          case CONTRACT -> "合同";
          case OTHER -> "";
        };
  }
}
