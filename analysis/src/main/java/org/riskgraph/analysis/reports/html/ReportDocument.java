package org.riskgraph.analysis.reports.html;

import org.riskgraph.analysis.reports.Lang;
import org.riskgraph.analysis.reports.ReportHeader;

/**
 * The printed form of every report: an A4 sheet with the issuing unit and a red rule across the top
 * (the shape of the bureau's bulletins), numbered sections, and a footer that says how to read the
 * ratios. One stylesheet inline, no scripts, no external resources.
 */
public final class ReportDocument {

  /** The report stylesheet; pages that embed a report body add it to their own. */
  public static final String STYLE =
      """
      .report{max-width:190mm;margin:16px auto;background:#fff;padding:12mm 14mm;box-shadow:0 1px 6px rgba(0,0,0,.12);color:#1d2733;font-size:13px;line-height:1.55}
      .report .doc{text-align:center;border-bottom:3px solid #c8102e;padding-bottom:8px;margin-bottom:6px}
      .report .issuer{color:#c8102e;font-size:24px;font-weight:700;letter-spacing:.25em;margin:0}
      .report .doc h1{font-size:21px;margin:6px 0 2px;border:0}
      .report .doc .period{font-size:14px;color:#333}
      .report .meta{display:flex;justify-content:space-between;font-size:11px;color:#5b6672;margin:4px 0 10px}
      .report .named{color:#c8102e;font-weight:700}
      .report h2{font-size:15.5px;margin:16px 0 6px;padding:0 0 3px;border-bottom:1px solid #d5dbe3;color:#1d3557}
      .report h3{font-size:13.5px;margin:10px 0 2px;color:#1d2733}
      .report section{break-inside:avoid}
      .report .cards{display:grid;grid-template-columns:repeat(4,1fr);gap:8px;margin:8px 0}
      .report .card{border:1px solid #d5dbe3;border-radius:6px;padding:6px 10px;background:#fafbfc}
      .report .card .label{font-size:11.5px;color:#5b6672}
      .report .card .value{font-size:24px;font-weight:700;line-height:1.2}
      .report .card .sub{font-size:11px;color:#5b6672}
      .report .card.alert{border-color:#e7a3ad;background:#fff5f6}
      .report table{border-collapse:collapse;width:100%;margin:4px 0;font-size:12px;background:#fff}
      .report th,.report td{border:1px solid #d5dbe3;padding:3px 6px;text-align:left;vertical-align:top}
      .report th{background:#eef1f5;font-weight:600}
      .report td.num,.report th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      .report td small{font-size:10.5px}
      .report .up{color:#c8102e} .report .down{color:#2a7d4f} .report .ns{color:#4a5562}
      .report .chip{display:inline-block;min-width:3em;text-align:center;border-radius:3px;padding:0 5px;color:#fff;font-size:11.5px}
      .report .chip.RED{background:#c8102e} .report .chip.ORANGE{background:#ec7a1c} .report .chip.YELLOW{background:#e6b800;color:#3a2f00} .report .chip.BLUE{background:#3b78c3}
      .report svg.chart{width:100%;height:auto;display:block;margin:4px 0;font-family:inherit}
      .report .pair{display:grid;grid-template-columns:1fr 1fr;gap:10px}
      .report figure{margin:4px 0 8px} .report figcaption{font-size:11px;color:#5b6672}
      .report .empty{color:#5b6672;font-style:italic}
      .report ol.findings{padding-left:1.4em;margin:4px 0} .report ol.findings li{margin:0 0 8px}
      .report .finding{font-weight:600} .report .measure{margin-top:1px}
      .report .measure::before{content:attr(data-label);color:#1d3557;font-weight:700}
      .report .trigger{font-size:11px;color:#5b6672;font-family:"DejaVu Sans Mono",monospace}
      .report .note{font-size:11px;color:#5b6672}
      .report footer{margin-top:14px;border-top:1px solid #d5dbe3;padding-top:6px;font-size:10.5px;color:#5b6672}
      @page{size:A4;margin:11mm}
      @media print{body{background:#fff} .report{box-shadow:none;margin:0;padding:0;max-width:none}}
      """;

  private static final String BODY_STYLE =
      "body{margin:0;background:#eceff3;font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"WenQuanYi Micro Hei\",\"Microsoft YaHei\",sans-serif}";

  private ReportDocument() {}

  /** A complete HTML document around a report body. */
  public static String page(Lang lang, String title, String body) {
    return """
        <!DOCTYPE html>
        <html lang="%s">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <link rel="icon" href="data:,">
        <title>%s</title>
        <style>%s
        %s</style>
        </head>
        <body>
        %s
        </body>
        </html>
        """
        .formatted(lang == Lang.EN ? "en" : "zh-CN", Html.esc(title), BODY_STYLE, STYLE, body);
  }

  /** The masthead: issuing unit, title, period, and the line with the data's instant. */
  static String masthead(Lang lang, ReportHeader header, String title, String period) {
    String named =
        header.named()
            ? "<span class=\"named\">"
                + Html.t(lang, "内部资料 含个人信息 注意保密", "Internal: names persons, handle accordingly")
                + "</span>"
            : "<span>" + Html.t(lang, "不含个人信息", "No person is named") + "</span>";
    return """
        <div class="doc">
          <p class="issuer">%s</p>
          <h1>%s</h1>
          <div class="period">%s</div>
        </div>
        <div class="meta"><span>%s</span>%s<span>%s</span></div>
        """
        .formatted(
            Html.t(lang, "情指中心", "Intelligence and Command Centre"),
            Html.esc(title),
            Html.esc(period),
            Html.esc(Html.t(lang, "数据截至 ", "Data as of ") + Html.dateTime(lang, header.asOf())),
            named,
            Html.esc(header.version()));
  }

  /** How to read the numbers, printed under every report. */
  static String footer(Lang lang) {
    return "<footer>"
        + Html.t(
            lang,
            "比值为两期件数之比，括号内为95%置信区间（精确条件二项法，Clopper–Pearson）；区间包含1的标注“不显著”，不据此判断升降。件数少时不使用百分比变化。警情按接报时间、矛盾纠纷按登记时间计入日期（北京时间）。",
            "A ratio divides the counts of two equal periods; the 95% interval in brackets is exact (conditional binomial, Clopper–Pearson). Where it includes 1 the change is marked “n.s.” and is not read as a rise or fall. No percentage change is given for small counts. Incidents count on the day reported, disputes on the day registered (Beijing time).")
        + "</footer>";
  }

  static String section(Lang lang, int number, String zh, String en, String content) {
    return "<section><h2>"
        + Html.section(lang, number)
        + Html.esc(Html.t(lang, zh, en))
        + "</h2>"
        + content
        + "</section>";
  }

  static String card(String label, String value, String sub, boolean alert) {
    return "<div class=\"card"
        + (alert ? " alert" : "")
        + "\"><div class=\"label\">"
        + Html.esc(label)
        + "</div><div class=\"value\">"
        + Html.esc(value)
        + "</div><div class=\"sub\">"
        + sub
        + "</div></div>";
  }

  static String empty(Lang lang, String zh, String en) {
    return "<p class=\"empty\">" + Html.esc(Html.t(lang, zh, en)) + "</p>";
  }
}
