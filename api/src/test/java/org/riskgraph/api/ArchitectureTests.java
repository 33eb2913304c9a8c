package org.riskgraph.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module and package rules of DESIGN.md, checked on the main classes of every module (this
 * test's classpath holds them all; the modules' test classes and test jars are left out):
 * dependencies point {@code api → analysis → graph-model} and {@code fixtures → graph-model} (the
 * api also loads the demo county from fixtures), only graph-model sees the Neo4j driver,
 * graph-model and analysis are plain libraries without Spring, and no package of any module depends
 * on itself through others.
 */
class ArchitectureTests {

  private static final String GRAPH = "org.riskgraph.graph..";
  private static final String FIXTURES = "org.riskgraph.fixtures..";
  private static final String ANALYSIS = "org.riskgraph.analysis..";
  private static final String API = "org.riskgraph.api..";

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(new MainClassesOnly())
            .importPackages("org.riskgraph");
  }

  @Test
  void importsTheMainClassesOfEveryModule() {
    assertThat(classes.containPackage("org.riskgraph.graph.store")).isTrue();
    assertThat(classes.containPackage("org.riskgraph.fixtures")).isTrue();
    assertThat(classes.containPackage("org.riskgraph.analysis.risk")).isTrue();
    assertThat(classes.containPackage("org.riskgraph.api.store")).isTrue();
    assertThat(classes.contain("org.riskgraph.graph.store.EmbeddedStoreExtension")).isFalse();
  }

  @Test
  void graphModelDependsOnNoOtherModule() {
    check(
        noClasses()
            .that()
            .resideInAPackage(GRAPH)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FIXTURES, ANALYSIS, API));
  }

  @Test
  void fixturesDependOnGraphModelOnly() {
    check(
        noClasses()
            .that()
            .resideInAPackage(FIXTURES)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ANALYSIS, API));
  }

  @Test
  void analysisDependsOnGraphModelOnly() {
    check(
        noClasses()
            .that()
            .resideInAPackage(ANALYSIS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FIXTURES, API));
  }

  @Test
  void onlyGraphModelSeesTheDriver() {
    check(
        noClasses()
            .that()
            .resideInAnyPackage(FIXTURES, ANALYSIS, API)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.neo4j.driver.."));
  }

  @Test
  void graphModelAndAnalysisAreFreeOfSpring() {
    check(
        noClasses()
            .that()
            .resideInAnyPackage(GRAPH, ANALYSIS)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.springframework.."));
  }

  @Test
  void packagesAreFreeOfCycles() {
    check(slices().matching("org.riskgraph.(**)").should().beFreeOfCycles());
  }

  @Test
  void featuresOfAModuleAreFreeOfCyclesWithTheirSubpackages() {
    check(slices().matching("org.riskgraph.(*).(*)..").should().beFreeOfCycles());
  }

  private static void check(ArchRule rule) {
    rule.check(classes);
  }

  /** Main classes only: no test-classes folder and no test jar of another module. */
  static final class MainClassesOnly implements ImportOption {

    @Override
    public boolean includes(Location location) {
      return !location.contains("/test-classes/") && !location.matches(TEST_JAR);
    }

    private static final java.util.regex.Pattern TEST_JAR =
        java.util.regex.Pattern.compile(".*-tests\\.jar!.*");
  }
}
