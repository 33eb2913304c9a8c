package org.riskgraph.analysis.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.riskgraph.analysis.products.ChainSection;
import org.riskgraph.analysis.products.IncidentBrief;
import org.riskgraph.analysis.products.PersonDossier;
import org.riskgraph.analysis.products.VillageBrief;
import org.riskgraph.analysis.reports.Lang;
import org.riskgraph.analysis.reports.Words;

/**
 * The message bundles of the printed pages: Chinese and English hold the same keys, every key a
 * template names literally is in both, and no research product page prints a missing one.
 */
class BundleTests {

  private static final List<String> TEMPLATES =
      List.of(
          "layout",
          "parts",
          "chart",
          "daily",
          "weekly",
          "monthly",
          "dashboard",
          "product",
          "incident-brief",
          "person-dossier",
          "village-brief");

  @ParameterizedTest
  @ValueSource(strings = {Texts.MESSAGES, Words.BUNDLE})
  void chineseAndEnglishHoldTheSameKeys(String bundle) throws IOException {
    Set<String> zh = keys(bundle, "zh");
    Set<String> en = keys(bundle, "en");

    assertThat(zh).isNotEmpty();
    assertThat(en).containsExactlyInAnyOrderElementsOf(zh);
  }

  @Test
  void everyKeyATemplateNamesIsInBothLanguages() throws IOException {
    Set<String> zh = keys(Texts.MESSAGES, "zh");
    zh.addAll(keys(Words.BUNDLE, "zh"));
    Pattern literal = Pattern.compile("#\\{([A-Za-z0-9_.]+)");
    Set<String> named = new TreeSet<>();
    for (String template : TEMPLATES) {
      Matcher m =
          literal.matcher(read("org/riskgraph/analysis/render/templates/" + template + ".html"));
      while (m.find()) {
        named.add(m.group(1));
      }
    }

    assertThat(named).hasSizeGreaterThan(100);
    assertThat(zh).containsAll(named);
  }

  @Test
  void researchProductsOfEveryKindPrintNoMissingMessage() {
    for (Lang lang : Lang.values()) {
      for (String page :
          List.of(
              ReportRenderer.page(
                  lang, SampleProducts.header("INCIDENT_BRIEF"), SampleProducts.incidentBrief()),
              ReportRenderer.page(lang, SampleProducts.header("INCIDENT_BRIEF"), emptyBrief()),
              ReportRenderer.page(
                  lang, SampleProducts.header("PERSON_DOSSIER"), SampleProducts.personDossier()),
              ReportRenderer.page(lang, SampleProducts.header("PERSON_DOSSIER"), emptyDossier()),
              ReportRenderer.page(
                  lang, SampleProducts.header("VILLAGE_BRIEF"), SampleProducts.villageBrief()),
              ReportRenderer.page(lang, SampleProducts.header("VILLAGE_BRIEF"), emptyVillage()))) {
        assertThat(page).as(lang.name()).contains("</article>").doesNotContain("??");
      }
    }
  }

  @Test
  void aMissingMessageShowsItsKeyAndLanguage() {
    assertThat(Texts.of(Lang.EN).msg("no.such.key")).isEqualTo("??no.such.key_en??");
    assertThat(Texts.of(Lang.ZH).word("level", "PURPLE")).isEqualTo("PURPLE");
  }

  private static IncidentBrief emptyBrief() {
    IncidentBrief full = SampleProducts.incidentBrief();
    return new IncidentBrief(
        full.incident(),
        List.of(),
        List.of(),
        List.of(),
        new ChainSection("NONE", null, List.of()),
        List.of(),
        null);
  }

  private static PersonDossier emptyDossier() {
    return new PersonDossier(
        SampleProducts.personDossier().person(),
        List.of(),
        List.of(),
        List.of(),
        ChainSection.unavailable("the link projection is loading"));
  }

  private static VillageBrief emptyVillage() {
    VillageBrief full = SampleProducts.villageBrief();
    return new VillageBrief(full.village(), full.riskHistory(), full.counts(), null, List.of());
  }

  private static Set<String> keys(String bundle, String language) throws IOException {
    Properties properties = new Properties();
    try (InputStreamReader in =
        new InputStreamReader(
            stream(bundle.replace('.', '/') + "_" + language + ".properties"),
            StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = stream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static InputStream stream(String resource) {
    InputStream in = BundleTests.class.getClassLoader().getResourceAsStream(resource);
    assertThat(in).as(resource).isNotNull();
    return in;
  }
}
