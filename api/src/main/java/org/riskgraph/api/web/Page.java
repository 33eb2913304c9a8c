package org.riskgraph.api.web;

import org.springframework.web.util.HtmlUtils;

/** The frame of every web page: one stylesheet inline (printable), no scripts. */
public final class Page {

  private Page() {}

  public static String html(String title, String body) {
    return html(title, "", body);
  }

  /** A page whose body needs more style than the frame's, e.g. an embedded report. */
  public static String html(String title, String extraStyle, String body) {
    return """
        <!DOCTYPE html>
        <html lang="zh-CN">
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
        .formatted(HtmlUtils.htmlEscape(title), STYLE, extraStyle, body);
  }

  /** The navigation bar, with a logout form (logging out is a POST with the CSRF token). */
  public static String nav(jakarta.servlet.http.HttpServletRequest request) {
    org.springframework.security.web.csrf.CsrfToken token =
        (org.springframework.security.web.csrf.CsrfToken)
            request.getAttribute(org.springframework.security.web.csrf.CsrfToken.class.getName());
    String logout =
        token == null
            ? ""
            : "<form method=\"post\" action=\"/logout\" class=\"logout\"><input type=\"hidden\" name=\""
                + HtmlUtils.htmlEscape(token.getParameterName())
                + "\" value=\""
                + HtmlUtils.htmlEscape(token.getToken())
                + "\"><button type=\"submit\">退出 Log out</button></form>";
    return "<nav><a href=\"/\">RiskGraph</a>" + logout + "</nav>";
  }

  public static final String STYLE =
      """
      body{font-family:"Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei","Microsoft YaHei",sans-serif;margin:0;color:#1d2733;background:#f6f7f9}
      main{max-width:1100px;margin:0 auto;padding:24px}
      h1{font-size:1.6em;margin:0 0 12px} h2{font-size:1.25em;margin:24px 0 8px;border-bottom:1px solid #d5dbe3;padding-bottom:4px}
      nav{background:#1d3557;color:#fff;padding:10px 24px;display:flex;align-items:center} nav a{color:#fff;margin-right:18px;text-decoration:none}
      nav .logout{margin-left:auto} nav .logout button{background:none;border:1px solid #fff;color:#fff;border-radius:4px;padding:2px 10px}
      table{border-collapse:collapse;width:100%;background:#fff} th,td{border:1px solid #d5dbe3;padding:4px 8px;text-align:left;font-size:.92em}
      th{background:#eef1f5} td.num{text-align:right;font-variant-numeric:tabular-nums}
      .login{max-width:380px;margin-top:10vh;background:#fff;padding:32px;border-radius:8px;box-shadow:0 2px 8px rgba(0,0,0,.08)}
      .login label{display:block;margin:12px 0} .login input{display:block;width:100%;padding:8px;margin-top:4px;box-sizing:border-box}
      .login button{margin-top:16px;padding:8px 20px;background:#1d3557;color:#fff;border:0;border-radius:4px}
      .error{color:#b00020} .info{color:#1d6b3a} .note{color:#667;font-size:.85em}
      .BLUE{background:#dbe9ff} .YELLOW{background:#fff3c4} .ORANGE{background:#ffd8b0} .RED{background:#ffc9c9}
      @media print{nav{display:none} body{background:#fff} main{max-width:none}}
      """;
}
