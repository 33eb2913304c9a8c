package org.riskgraph.analysis.reports.html;

import java.util.List;
import org.riskgraph.analysis.reports.Lang;

/** What the pages of the three kinds of research product share. */
final class ProductParts {

  private ProductParts() {}

  static String table(List<String> head, List<List<String>> rows) {
    StringBuilder out = new StringBuilder("<table><thead><tr>");
    head.forEach(h -> out.append("<th>").append(Html.esc(h)).append("</th>"));
    out.append("</tr></thead><tbody>");
    for (List<String> row : rows) {
      out.append("<tr>");
      row.forEach(c -> out.append("<td>").append(Html.esc(c)).append("</td>"));
      out.append("</tr>");
    }
    return out.append("</tbody></table>").toString();
  }

  static String gender(Lang lang, String gender) {
    if (gender == null) {
      return "";
    }
    return switch (gender) {
      case "MALE", "M" -> Html.t(lang, "男", "male");
      case "FEMALE", "F" -> Html.t(lang, "女", "female");
      default -> gender;
    };
  }

  static String nz(String text) {
    return text == null ? "" : text;
  }
}
