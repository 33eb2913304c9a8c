package org.riskgraph.analysis.reports;

/** The measure the monthly report recommends when incidents of a category rise significantly. */
final class CategoryMeasures {

  private CategoryMeasures() {}

  static Text of(String category) {
    return switch (category) {
      case "THEFT" ->
          new Text(
              "针对盗窃警情上升：分析高发时段和地段，加强夜间巡逻和视频巡查，利用车辆卡口追踪涉案车辆，提醒群众看管好财物。",
              "Against the rise in theft: find the hours and places it happens, patrol and watch the cameras more at night, trace suspect vehicles through the checkpoints, and remind residents to guard their property.");
      case "FRAUD" ->
          new Text(
              "针对诈骗警情上升：开展反诈宣传进村入户，对预警信息及时劝阻，重点提醒老年人和学生。",
              "Against the rise in fraud: take anti-fraud publicity to every village, act on warnings at once, and warn the elderly and students in particular.");
      case "TRAFFIC" ->
          new Text(
              "针对交通事故上升：在事故多发路段加强交通安全整治和劝导，排查道路安全隐患。",
              "Against the rise in traffic accidents: enforce and advise on the roads where accidents happen, and look for road hazards.");
      case "DRUGS" ->
          new Text(
              "针对涉毒警情上升：开展禁毒宣传和吸毒人员排查管控，加强社区戒毒康复人员管理。",
              "Against the rise in drug incidents: run drug-prevention publicity, screen and supervise drug users, and look after people in community rehabilitation.");
      case "ASSAULT", "PUBLIC_ORDER", "DISPUTE" ->
          new Text(
              "针对伤害、治安和纠纷类警情上升：加强重点时段场所巡逻防控，对引发警情的矛盾纠纷逐件回访化解。",
              "Against the rise in assaults, public-order and dispute calls: patrol the busy places and hours, and follow up every dispute that led to a call until it is settled.");
      default ->
          new Text(
              "针对该类警情上升：分析警情构成和发生规律，调整巡逻防控部署。",
              "Against the rise: study what the incidents are and when they happen, and adjust the patrol plan.");
    };
  }
}
