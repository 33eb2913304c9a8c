package org.riskgraph.api.security;

import java.time.Duration;
import org.riskgraph.api.store.RiskGraphProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
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

  /** The API: stateless HTTP Basic, no sessions, so no cookie can carry a request for a user. */
  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, LoginThrottle throttle) throws Exception {
    ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint();
    http.securityMatcher("/api/**", "/actuator/**", "/error")
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
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

  private static final String CONTENT_POLICY =
      "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; script-src 'self'";
}
