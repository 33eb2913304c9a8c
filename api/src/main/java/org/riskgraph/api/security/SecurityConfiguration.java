package org.riskgraph.api.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Set;
import org.riskgraph.api.store.RiskGraphProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Authentication: HTTP Basic for the API (stateless), a login form for the web pages, both
 * throttled after failed logins. Only the health check and the login page are open; which role may
 * call what is each endpoint's {@link Access} rule.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  UserDetailsService users(RiskGraphProperties properties, PasswordEncoder encoder) {
    return new InMemoryUserDetailsManager(UserAccounts.from(properties, encoder));
  }

  @Bean
  AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder encoder) {
    DaoAuthenticationProvider checked = new DaoAuthenticationProvider(users);
    checked.setPasswordEncoder(encoder);
    return new RememberedCredentials(checked, Duration.ofMinutes(5));
  }

  @Bean
  AuthenticationEventPublisher authenticationEventPublisher(
      org.springframework.context.ApplicationEventPublisher publisher) {
    return new DefaultAuthenticationEventPublisher(publisher);
  }

  /**
   * The API: HTTP Basic for scripts, and the page session for the pages' own scripts (pages use the
   * same JSON API as everyone else). The API never creates a session; a request that rides on an
   * existing session cookie must carry the page's CSRF token in {@code X-CSRF-TOKEN} to change
   * anything, so another site cannot make a logged-in browser write. A request with its own {@code
   * Authorization} header is not a cookie's request and needs no token.
   */
  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, LoginThrottle throttle) throws Exception {
    ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint();
    http.securityMatcher("/api/**", "/actuator/**", "/error")
        .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::ridesOnSession))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        // nothing to come back to after a log-in: a refused call must not open a session
        .requestCache(cache -> cache.disable())
        .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
        .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
        .addFilterBefore(new LoginThrottleFilter(throttle), BasicAuthenticationFilter.class)
        .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_POLICY)))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/actuator/health", "/actuator/health/**", "/error")
                    .permitAll()
                    .anyRequest()
                    .authenticated());
    return http.build();
  }

  /**
   * The web pages: a login form and a session, with CSRF protection; the pages call the same
   * services as the API under the same {@link Access} rules.
   */
  @Bean
  @Order(2)
  SecurityFilterChain pages(HttpSecurity http, LoginThrottle throttle) throws Exception {
    http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
        .addFilterBefore(
            new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
        .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_POLICY)))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/login", "/favicon.ico", "/ui/assets/**")
                    .permitAll()
                    .anyRequest()
                    .authenticated());
    return http.build();
  }

  /** A write that would be authenticated by the session cookie alone. */
  static boolean ridesOnSession(HttpServletRequest request) {
    return !SAFE_METHODS.contains(request.getMethod())
        && request.getHeader(HttpHeaders.AUTHORIZATION) == null
        && request.getRequestedSessionId() != null;
  }

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private static final String CONTENT_POLICY =
      "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; script-src 'self'";
}
