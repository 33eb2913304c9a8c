package org.riskgraph.analysis.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.riskgraph.analysis.products.ProductHeader;
import org.riskgraph.analysis.products.ResearchContent;
import org.riskgraph.analysis.reports.DailyReport;
import org.riskgraph.analysis.reports.Lang;
import org.riskgraph.analysis.reports.MonthlyReport;
import org.riskgraph.analysis.reports.WeeklyReport;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Prints reports and research products from the templates under {@code templates/}: a complete
 * document ({@code page}: one layout, the stylesheet inline, no script, nothing loaded from
 * elsewhere) or the report's {@code <article>} alone ({@code body}) for a page that has its own
 * frame and links {@link #STYLESHEET}. Text comes from {@code messages_zh.properties} (the default)
 * and {@code messages_en.properties}; charts are inline SVG drawn by {@link Charts}.
 */
public final class ReportRenderer {

  /** The report stylesheet on the class path, for pages that embed a report body. */
  public static final String STYLESHEET = "org/riskgraph/analysis/render/assets/report.css";

  private static final String TEMPLATES = "org/riskgraph/analysis/render/templates/";
  private static final TemplateEngine ENGINE = engine();
  private static final String CSS = read(STYLESHEET);

  private ReportRenderer() {}

  public static String page(DailyReport report, Lang lang) {
    return render("daily", lang, DailyView.of(report, Texts.of(lang)), false);
  }

  public static String page(WeeklyReport report, Lang lang) {
    return render("weekly", lang, WeeklyView.of(report, Texts.of(lang)), false);
  }

  public static String page(MonthlyReport report, Lang lang) {
    return render("monthly", lang, MonthlyView.of(report, Texts.of(lang)), false);
  }

  public static String body(DailyReport report, Lang lang) {
    return render("daily", lang, DailyView.of(report, Texts.of(lang)), true);
  }

  public static String body(WeeklyReport report, Lang lang) {
    return render("weekly", lang, WeeklyView.of(report, Texts.of(lang)), true);
  }

  public static String body(MonthlyReport report, Lang lang) {
    return render("monthly", lang, MonthlyView.of(report, Texts.of(lang)), true);
  }

  /** The dashboard's risk overview: the monthly report without names, aggregates only. */
  public static String dashboard(MonthlyReport report, Lang lang) {
    return render("dashboard", lang, MonthlyView.of(report, Texts.of(lang)), true);
  }

  /** A research product as a printable page, marked as holding personal information. */
  public static String page(Lang lang, ProductHeader header, ResearchContent content) {
    return render("product", lang, ProductView.of(header, content, Texts.of(lang)), false);
  }

  private static String render(String template, Lang lang, Object view, boolean bodyOnly) {
    Context context = context(lang);
    context.setVariable("view", view);
    Set<String> selectors = bodyOnly ? Set.of("report") : Set.of();
    return ENGINE.process(new TemplateSpec(template, selectors, TemplateMode.HTML, null), context);
  }

  private static Context context(Lang lang) {
    Context context = new Context(Texts.locale(lang));
    context.setVariable("fmt", Texts.of(lang));
    context.setVariable("css", CSS);
    context.setVariable("htmlLang", lang == Lang.EN ? "en" : "zh-CN");
    return context;
  }

  private static TemplateEngine engine() {
    ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
    templates.setPrefix(TEMPLATES);
    templates.setSuffix(".html");
    templates.setTemplateMode(TemplateMode.HTML);
    templates.setCharacterEncoding(StandardCharsets.UTF_8.name());
    templates.setCacheable(true);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(templates);
    engine.setMessageResolver(new Messages());
    return engine;
  }

  private static String read(String resource) {
    try (InputStream in = ReportRenderer.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing on the class path: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code #{key}} in a template: the message bundles of {@link Texts}, in the context's language.
   */
  private static final class Messages implements IMessageResolver {

    @Override
    public String getName() {
      return "riskgraph-reports";
    }

    @Override
    public Integer getOrder() {
      return 0;
    }

    @Override
    public String resolveMessage(
        ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
      Locale locale = context.getLocale();
      String message = Texts.of(Lang.of(locale)).find(key);
      return message == null ? null : Texts.format(message, locale, messageParameters);
    }

    @Override
    public String createAbsentMessageRepresentation(
        ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
      return Texts.absent(key, Lang.of(context.getLocale()));
    }
  }
}
