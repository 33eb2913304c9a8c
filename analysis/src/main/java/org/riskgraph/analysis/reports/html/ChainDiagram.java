package org.riskgraph.analysis.reports.html;

import java.util.List;
import org.riskgraph.analysis.products.ChainSection;
import org.riskgraph.analysis.reports.Lang;

/** A link chain drawn left to right: each node a box with its kind and name, each hop labelled. */
final class ChainDiagram {

  private ChainDiagram() {}

  static String draw(Lang lang, ChainSection.LinkChain chain) {
    int n = chain.nodes().size();
    double width = 680;
    double box = Math.min(96, (width - 10) / n - 18);
    double gap = n > 1 ? (width - 10 - n * box) / (n - 1) : 0;
    double height = 64;
    Svg svg = new Svg(width, height, Html.t(lang, "关系链", "Link chain"));
    for (int i = 0; i < n; i++) {
      double x = 5 + i * (box + gap);
      String ref = chain.nodes().get(i);
      String kind = ref.substring(0, ref.indexOf(':'));
      String colour =
          switch (kind) {
            case "person" -> "#1d3557";
            case "vehicle" -> "#7d4fa1";
            case "phone" -> "#4f8a8b";
            default -> "#6b7785";
          };
      svg.rect(x, 14, box, 36, colour);
      svg.text(x + box / 2, 28, kindLabel(lang, kind), 9.5, "#dfe6ee", "middle", false);
      svg.text(
          x + box / 2, 43, shorten(chain.names().get(i), box), 11.5, "#ffffff", "middle", true);
      if (i + 1 < n) {
        double x1 = x + box;
        double x2 = x + box + gap;
        svg.line(x1 + 2, 32, x2 - 4, 32, Svg.INK, 1.4, false);
        svg.text(x2 - 4, 35.5, "›", 12, Svg.INK, "end", true);
        svg.text(
            (x1 + x2) / 2,
            26,
            typeLabel(lang, chain.types().get(i)),
            9.5,
            Svg.MUTED,
            "middle",
            false);
      }
    }
    return svg.end();
  }

  static String kindLabel(Lang lang, String kind) {
    return switch (kind) {
      case "person" -> Html.t(lang, "人员", "person");
      case "vehicle" -> Html.t(lang, "车辆", "vehicle");
      case "phone" -> Html.t(lang, "电话", "phone");
      default -> kind;
    };
  }

  static String typeLabel(Lang lang, String type) {
    return switch (type) {
      case "KNOWS" -> Html.t(lang, "认识", "knows");
      case "OWNS" -> Html.t(lang, "车主", "owns");
      case "USES" -> Html.t(lang, "使用", "uses");
      case "TRAVELS_WITH" -> Html.t(lang, "同行", "travels with");
      case "INVOLVED_IN" -> Html.t(lang, "涉及", "involved in");
      case "PARTY_TO" -> Html.t(lang, "当事人", "party to");
      default -> type;
    };
  }

  private static String shorten(String name, double width) {
    int max = Math.max(3, (int) (width / 12));
    return name == null ? "" : name.length() <= max ? name : name.substring(0, max - 1) + "…";
  }

  static String chains(Lang lang, ChainSection section) {
    StringBuilder out = new StringBuilder();
    if (!section.status().equals("FOUND")) {
      String text =
          switch (section.status()) {
            case "NONE" ->
                Html.t(
                    lang,
                    "在所查关系类型和跳数内未发现关系链。",
                    "No chain within the relationship types and hops searched.");
            case "TOO_FEW" ->
                Html.t(lang, "涉及人员不足两人，无需查找关系链。", "Fewer than two persons: no chain to look for.");
            default ->
                Html.t(lang, "关系链分析暂不可用：", "Link chains are not available: ")
                    + (section.note() == null ? "" : section.note());
          };
      return out.append("<p class=\"empty\">").append(Html.esc(text)).append("</p>").toString();
    }
    for (ChainSection.PairChains pair : section.pairs()) {
      out.append("<h3>").append(Html.esc(pair.fromName() + " — " + pair.toName())).append("</h3>");
      if (pair.chains().isEmpty()) {
        out.append("<p class=\"empty\">")
            .append(Html.esc(Html.t(lang, "未发现关系链。", "No chain found.")))
            .append("</p>");
        continue;
      }
      List<ChainSection.LinkChain> chains = pair.chains();
      for (int i = 0; i < chains.size(); i++) {
        ChainSection.LinkChain chain = chains.get(i);
        out.append("<figure>")
            .append(draw(lang, chain))
            .append("<figcaption>")
            .append(
                Html.esc(
                    Html.t(
                        lang,
                        "链" + (i + 1) + "，" + chain.length() + "跳：",
                        "Chain " + (i + 1) + ", " + chain.length() + " hops: ")))
            .append(Html.esc(String.join(Html.t(lang, "；", "; "), chain.sentences())))
            .append("</figcaption></figure>");
      }
      if (pair.truncated()) {
        out.append("<p class=\"note\">")
            .append(
                Html.esc(
                    Html.t(
                        lang,
                        "搜索达到工作量上限，可能还有其他关系链。",
                        "The search stopped at its work limit: other chains may exist.")))
            .append("</p>");
      }
    }
    return out.toString();
  }
}
