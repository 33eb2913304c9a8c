package org.riskgraph.api.guard;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Odd URLs (an encoded slash, a NUL) reach Spring Security's firewall instead of being refused by
 * Tomcat with an HTML page, so that every refusal is a problem detail.
 */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> passEncodedSlashesToTheFirewall() {
    return factory ->
        factory.addConnectorCustomizers(
            connector -> connector.setEncodedSolidusHandling("passthrough"));
  }

  @Bean
  RequestRejectedHandler problemForRejectedRequests() {
    return (request, response, rejected) ->
        ProblemWriter.write(
            response,
            org.springframework.http.HttpStatus.BAD_REQUEST,
            "invalid-request",
            "Bad Request",
            "The request URL contains characters that are not allowed.");
  }
}
