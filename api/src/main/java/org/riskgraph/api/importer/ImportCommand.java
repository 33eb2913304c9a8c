package org.riskgraph.api.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import org.riskgraph.graph.importer.ImportSummary;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;

/**
 * {@code java -jar riskgraph.jar import <file-or-folder>}: imports, prints the summary as JSON and
 * exits with 0 when every record went in, 1 when some were rejected, 2 when the path is unusable.
 */
@Component
@ConditionalOnProperty(name = "riskgraph.command", havingValue = "import")
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

  private final ImportService imports;
  private final Environment environment;
  private final ObjectMapper json;
  private int exitCode;

  ImportCommand(ImportService imports, Environment environment, ObjectMapper json) {
    this.imports = imports;
    this.environment = environment;
    this.json = json;
  }

  @Override
  public void run(ApplicationArguments args) {
    Path path = Path.of(environment.getRequiredProperty("riskgraph.command-argument"));
    if (!Files.exists(path)) {
      System.err.println("No such file or folder: " + path.toAbsolutePath());
      exitCode = 2;
      return;
    }
    ImportSummary summary = imports.importPath(path, "cli:" + path.getFileName());
    System.out.println(
        json.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(summary));
    exitCode = summary.rejected() == 0 ? 0 : 1;
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }
}
