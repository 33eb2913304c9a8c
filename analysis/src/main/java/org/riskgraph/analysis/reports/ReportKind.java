package org.riskgraph.analysis.reports;

/** The three periodic reports of the command hall. */
public enum ReportKind {
  /** 每日警情汇总通报. */
  DAILY,
  /** 一周警情通报. */
  WEEKLY,
  /** 社会治安稳定形势分析报告. */
  MONTHLY
}
