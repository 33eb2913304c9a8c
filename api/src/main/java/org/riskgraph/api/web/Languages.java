package org.riskgraph.api.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The language switch of the layout ({@code languages} in every page's model): this page, with its
 * parameters, in Chinese and in English.
 */
public record Languages(String zh, String en) {

  static final String PARAMETER = "lang";

  static Languages of(HttpServletRequest request) {
    Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = original != null ? original.toString() : request.getRequestURI();
    String query =
        original != null
            ? (String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING)
            : request.getQueryString();
    return new Languages(link(path, query, "zh"), link(path, query, "en"));
  }

  private static String link(String path, String query, String lang) {
    return UriComponentsBuilder.fromPath(path)
        .query(query)
        .replaceQueryParam(PARAMETER, lang)
        .build()
        .toUriString();
  }
}
