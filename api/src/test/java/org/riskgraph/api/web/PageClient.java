package org.riskgraph.api.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a window, for page tests that look at status codes and markup: keeps cookies
 * (the session, the language), logs in through the form with its CSRF token, never follows
 * redirects.
 */
public final class PageClient {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern CSRF_META =
      Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  public PageClient(int port) {
    this.base = "http://127.0.0.1:" + port;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Logs in through the form; the session cookie is kept for the next requests. */
  public PageClient login(String user, String password) {
    Matcher token = CSRF.matcher(get("/login").body());
    if (!token.find()) {
      throw new IllegalStateException("the login page has no CSRF field");
    }
    String form =
        "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
    HttpResponse<String> answer =
        send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (answer.statusCode() != 302
        || answer.headers().firstValue("Location").orElse("").contains("error")) {
      throw new IllegalStateException("login as " + user + " failed: " + answer.statusCode());
    }
    return this;
  }

  /** A page as a browser asks for it. */
  public HttpResponse<String> get(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
            .GET());
  }

  /** The CSRF token a page gives its scripts (the layout's {@code csrf-token} meta tag). */
  public String csrfTokenOf(String page) {
    Matcher token = CSRF_META.matcher(get(page).body());
    if (!token.find()) {
      throw new IllegalStateException(page + " has no csrf-token meta tag");
    }
    return token.group(1);
  }

  /**
   * A JSON request as a page's script sends it: with the session cookie and no credentials of its
   * own; {@code headers} are name/value pairs (the CSRF token, the purpose).
   */
  public HttpResponse<String> api(String method, String path, String json, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Accept", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.setHeader(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
