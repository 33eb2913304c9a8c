package org.riskgraph.api.params;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.riskgraph.analysis.reports.IsoWeek;
import org.riskgraph.analysis.reports.Lang;
import org.riskgraph.api.problem.BadRequestException;
import org.riskgraph.graph.entity.EntityRef;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.MediaType;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.accept.ParameterContentNegotiationStrategy;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The value types of request parameters, converted once for every controller: a month ({@code
 * 2026-10}), an ISO week ({@code 2026-W42}), a day ({@code 2026-10-14}), an entity reference
 * ({@code person:P000123}) and a language ({@code zh}, {@code en}); a handler declares {@code
 * YearMonth month} and gets one. A value of the wrong shape is a 400 naming the parameter, with one
 * message per type ({@link ParameterProblems}).
 *
 * <p>JSON or HTML is chosen by {@code format=json|html} first, then by {@code Accept}: handlers
 * that can answer both have one method per {@code produces}.
 */
@Configuration(proxyBeanMethods = false)
class ParameterConfiguration implements WebMvcConfigurer {

  static final String FORMAT = "format";
  static final Map<String, MediaType> FORMATS =
      Map.of("json", MediaType.APPLICATION_JSON, "html", MediaType.TEXT_HTML);

  @Override
  public void addFormatters(FormatterRegistry registry) {
    registry.addConverter(String.class, YearMonth.class, month());
    registry.addConverter(String.class, IsoWeek.class, week());
    registry.addConverter(String.class, LocalDate.class, day());
    registry.addConverter(String.class, EntityRef.class, entity());
    registry.addConverter(String.class, Lang.class, lang());
  }

  @Override
  public void configureContentNegotiation(ContentNegotiationConfigurer negotiation) {
    negotiation.strategies(List.of(new FormatParameter(), new HeaderContentNegotiationStrategy()));
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new FormatCheck()).addPathPatterns("/api/**");
  }

  static Converter<String, YearMonth> month() {
    return text -> parse(text, "a month looks like 2026-10", YearMonth::parse);
  }

  static Converter<String, IsoWeek> week() {
    return text -> parse(text, "a week looks like 2026-W42 (week 1 to 52, or 53)", IsoWeek::parse);
  }

  static Converter<String, LocalDate> day() {
    return text -> parse(text, "a day looks like 2026-10-14", LocalDate::parse);
  }

  static Converter<String, EntityRef> entity() {
    return text ->
        parse(text, "an entity looks like kind:key, e.g. person:P000123", EntityRef::parse);
  }

  static Converter<String, Lang> lang() {
    return text -> parse(text, "a language is zh or en", Lang::parse);
  }

  /** Blank is no value; anything else must parse, or it is refused with the type's message. */
  private static <T> T parse(String text, String shape, Function<String, T> parser) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return parser.apply(text.strip());
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new ParameterFormatException(shape);
    }
  }

  /**
   * {@code format=json} or {@code format=html} chooses the handler; another value is left to {@link
   * FormatCheck} (negotiation also runs while an error is written, and must not fail then).
   */
  static final class FormatParameter extends ParameterContentNegotiationStrategy {

    FormatParameter() {
      super(FORMATS);
      setParameterName(FORMAT);
      setUseRegisteredExtensionsOnly(true);
      setIgnoreUnknownExtensions(true);
    }
  }

  /** A {@code format} that is neither json nor html is refused, naming the parameter. */
  static final class FormatCheck implements HandlerInterceptor {
    @Override
    public boolean preHandle(
        HttpServletRequest request, HttpServletResponse response, Object handler) {
      String format = request.getParameter(FORMAT);
      if (format != null
          && !format.isBlank()
          && !FORMATS.containsKey(format.strip().toLowerCase(Locale.ROOT))) {
        throw BadRequestException.invalid(FORMAT, "format: is json or html (was '" + format + "')");
      }
      return true;
    }
  }
}
