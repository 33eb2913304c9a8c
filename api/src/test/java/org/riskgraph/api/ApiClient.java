package org.riskgraph.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the running application over HTTP, as a client would. */
public final class ApiClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  public ApiClient(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  public Response get(String path, String user, String... headers) {
    return send(request(path, user, headers).GET());
  }

  public Response post(
      String path, String user, String contentType, String body, String... headers) {
    return send(
        request(path, user, headers)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  public Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpRequest.Builder request(String path, String user, String... headers) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
    if (user != null) {
      String token =
          Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
      builder.header("Authorization", "Basic " + token);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return builder;
  }

  /** A response with its body parsed on demand. */
  public record Response(int status, String body, HttpResponse<String> raw) {

    public JsonNode json() {
      return JSON.readTree(body);
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }
}
