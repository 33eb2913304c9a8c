package org.riskgraph.api.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.riskgraph.analysis.render.ReportRenderer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What the web pages share: the message bundles ({@code messages_zh.properties}, the default, and
 * {@code messages_en.properties}), the language (Chinese unless {@code ?lang=en} was chosen, then
 * remembered in a cookie), and the assets under {@code /ui/assets/} (this module's {@code static/}
 * and the report stylesheet of the analysis module).
 */
@Configuration(proxyBeanMethods = false)
class PageConfiguration implements WebMvcConfigurer {

  static final Locale CHINESE = Locale.CHINESE;

  @Bean
  MessageSource messageSource() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
    messages.setDefaultLocale(CHINESE);
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver cookie = new CookieLocaleResolver("riskgraph-lang");
    cookie.setDefaultLocale(CHINESE);
    cookie.setCookieMaxAge(Duration.ofDays(365));
    cookie.setCookieHttpOnly(true);
    cookie.setCookieSameSite("Lax");
    return cookie;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new LanguageSwitch()).addPathPatterns("/", "/login", "/ui/**");
  }

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    String stylesheet = ReportRenderer.STYLESHEET;
    registry
        .addResourceHandler("/ui/assets/report/**")
        .addResourceLocations(
            "classpath:/" + stylesheet.substring(0, stylesheet.lastIndexOf('/') + 1));
  }

  /**
   * {@code ?lang=en} or {@code ?lang=zh} on a page sets the language (anything else is Chinese);
   * every page's model gets the links of its {@link Languages}.
   */
  private static final class LanguageSwitch implements HandlerInterceptor {
    @Override
    public boolean preHandle(
        HttpServletRequest request, HttpServletResponse response, Object handler) {
      String lang = request.getParameter(Languages.PARAMETER);
      if (lang != null) {
        LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
        if (resolver != null) {
          resolver.setLocale(
              request, response, lang.strip().startsWith("en") ? Locale.ENGLISH : CHINESE);
        }
      }
      return true;
    }

    @Override
    public void postHandle(
        HttpServletRequest request,
        HttpServletResponse response,
        Object handler,
        ModelAndView page) {
      if (page != null
          && page.getViewName() != null
          && !page.getViewName().startsWith("redirect:")) {
        page.addObject("languages", Languages.of(request));
      }
    }
  }
}
