package org.riskgraph.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The message bundles of the web pages: Chinese and English hold the same keys, and every key a
 * template names literally ({@code #{key}}) is in them. PagesIT renders every page in both
 * languages for the keys that templates compute.
 */
class PageBundleTests {

  private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");

  @Test
  void chineseAndEnglishHoldTheSameKeys() throws IOException {
    Set<String> zh = keys("messages_zh.properties");

    assertThat(zh).isNotEmpty();
    assertThat(keys("messages_en.properties")).containsExactlyInAnyOrderElementsOf(zh);
  }

  @Test
  void everyKeyATemplateNamesIsInTheBundles() throws IOException {
    Set<String> zh = keys("messages_zh.properties");
    Pattern literal = Pattern.compile("#\\{([A-Za-z0-9_.]+)");
    Set<String> named = new TreeSet<>();
    try (Stream<Path> templates = Files.walk(TEMPLATES)) {
      for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
        Matcher m = literal.matcher(Files.readString(template));
        while (m.find()) {
          named.add(m.group(1));
        }
      }
    }

    assertThat(named).contains("app.name", "nav.logout", "error.home");
    assertThat(zh).containsAll(named);
  }

  private static Set<String> keys(String bundle) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = PageBundleTests.class.getClassLoader().getResourceAsStream(bundle)) {
      assertThat(in).as(bundle).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }
}
