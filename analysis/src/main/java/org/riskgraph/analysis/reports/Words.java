package org.riskgraph.analysis.reports;

import org.riskgraph.analysis.hotspot.EmergingCategory;
import org.riskgraph.graph.dispute.DisputeCategory;
import org.riskgraph.graph.dispute.DisputeStatus;
import org.riskgraph.graph.incident.IncidentCategory;
import org.riskgraph.graph.instruction.InstructionState;

/**
 * The bureau's words for the values that appear in report text (GLOSSARY.md), in both languages.
 */
public final class Words {

  private Words() {}

  public static Text level(String level) {
    return switch (level) {
      case "RED" -> new Text("红色", "red");
      case "ORANGE" -> new Text("橙色", "orange");
      case "YELLOW" -> new Text("黄色", "yellow");
      case "BLUE" -> new Text("蓝色", "blue");
      default -> new Text(level, level);
    };
  }

  public static Text indicator(String key) {
    return switch (key) {
      case "incidentRate" -> new Text("警情发生率", "incident rate");
      case "disputePressure" -> new Text("矛盾纠纷压力", "dispute pressure");
      case "supervisionLapses" -> new Text("重点人员管控脱管", "supervision lapses");
      case "surprise" -> new Text("警情异常上升", "unusual rise in incidents");
      case "disputeHotspot" -> new Text("矛盾纠纷热点", "dispute hotspot");
      default -> new Text(key, key);
    };
  }

  public static Text incidentCategory(String category) {
    return switch (category) {
      case "THEFT" -> new Text("盗窃", "theft");
      case "FRAUD" -> new Text("诈骗", "fraud");
      case "ASSAULT" -> new Text("伤害", "assault");
      case "ROBBERY" -> new Text("抢劫抢夺", "robbery");
      case "DRUGS" -> new Text("涉毒", "drugs");
      case "TRAFFIC" -> new Text("交通事故", "traffic");
      case "PUBLIC_ORDER" -> new Text("扰乱治安", "public order");
      case "DISPUTE" -> new Text("纠纷类警情", "dispute calls");
      case "OTHER" -> new Text("其他警情", "other");
      case "ALL" -> new Text("全部警情", "all incidents");
      default -> new Text(category, category);
    };
  }

  public static Text incidentCategory(IncidentCategory category) {
    return incidentCategory(category.name());
  }

  public static Text disputeCategory(DisputeCategory category) {
    return disputeCategory(category.name());
  }

  public static Text disputeCategory(String category) {
    return switch (category) {
      case "LAND" -> new Text("土地纠纷", "land");
      case "NEIGHBOUR" -> new Text("邻里纠纷", "neighbours");
      case "MARRIAGE_FAMILY" -> new Text("婚姻家庭纠纷", "marriage and family");
      case "DEBT" -> new Text("债务纠纷", "debt");
      case "LABOUR" -> new Text("劳资纠纷", "labour");
      case "CONTRACT" -> new Text("合同纠纷", "contract");
      case "OTHER" -> new Text("其他纠纷", "other");
      default -> new Text(category, category);
    };
  }

  public static Text emerging(String category) {
    return switch (category) {
      case "NEW_HOT" -> new Text("新兴热点", "new hotspot");
      case "CONSECUTIVE_HOT" -> new Text("连续热点", "consecutive hotspot");
      case "INTENSIFYING_HOT" -> new Text("加剧热点", "intensifying hotspot");
      case "PERSISTENT_HOT" -> new Text("持续热点", "persistent hotspot");
      case "DIMINISHING_HOT" -> new Text("减弱热点", "diminishing hotspot");
      case "SPORADIC_HOT" -> new Text("零星热点", "sporadic hotspot");
      case "OSCILLATING_HOT" -> new Text("振荡热点", "oscillating hotspot");
      case "HISTORICAL_HOT" -> new Text("历史热点", "historical hotspot");
      default -> new Text(category, category);
    };
  }

  public static Text emerging(EmergingCategory category) {
    return emerging(category.name());
  }

  public static Text role(String role) {
    return switch (role) {
      case "SUSPECT" -> new Text("嫌疑人", "suspect");
      case "VICTIM" -> new Text("受害人", "victim");
      case "WITNESS" -> new Text("证人", "witness");
      case "REPORTER" -> new Text("报警人", "reporter");
      default -> new Text(role, role);
    };
  }

  public static Text instructionState(String state) {
    return switch (state) {
      case "ISSUED" -> new Text("已下达", "issued");
      case "ACKNOWLEDGED" -> new Text("已签收", "acknowledged");
      case "IN_PROGRESS" -> new Text("办理中", "in progress");
      case "REPORTED" -> new Text("已反馈", "reported");
      case "VERIFIED" -> new Text("已核查", "verified");
      case "CLOSED" -> new Text("已办结", "closed");
      default -> new Text(state, state);
    };
  }

  public static Text instructionState(InstructionState state) {
    return instructionState(state.name());
  }

  public static Text disputeStatus(DisputeStatus status) {
    return disputeStatus(status.name());
  }

  public static Text disputeStatus(String status) {
    return switch (status) {
      case "OPEN" -> new Text("待调处", "open");
      case "MEDIATING" -> new Text("调解中", "mediating");
      case "RESOLVED" -> new Text("已化解", "resolved");
      case "ESCALATED" -> new Text("已激化", "escalated");
      default -> new Text(status, status);
    };
  }

  public static Text incidentStatus(String status) {
    if (status == null) {
      return new Text("", "");
    }
    return switch (status) {
      case "RECEIVED" -> new Text("已接报", "received");
      case "DISPATCHED" -> new Text("已派警", "dispatched");
      case "HANDLING" -> new Text("处置中", "being handled");
      case "CLOSED" -> new Text("已办结", "closed");
      case "CASE_FILED" -> new Text("已立案", "case filed");
      case "MEDIATED" -> new Text("已调解", "mediated");
      default -> new Text(status, status);
    };
  }
}
