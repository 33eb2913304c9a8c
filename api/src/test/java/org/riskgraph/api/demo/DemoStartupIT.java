package org.riskgraph.api.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riskgraph.api.ApiClient;
import org.riskgraph.api.RiskGraphApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo start-up path, as {@code java -jar riskgraph.jar --demo} takes it, twice. */
class DemoStartupIT {

  @Test
  void firstStartGeneratesAndLoadsTheCountyAndTheSecondReusesIt(@TempDir Path data)
      throws IOException {
    long persons;
    try (ConfigurableApplicationContext app = start(data)) {
      ApiClient api = new ApiClient(port(app));
      assertThat(api.get("/actuator/health", null).json().at("/status").asString()).isEqualTo("UP");
      JsonNode stats = api.get("/api/v1/stats", "leader").json();
      Path folder = data.resolve("demo-county/tiny-seed42");
      JsonNode manifest =
          JsonMapper.builder().build().readTree(folder.resolve("manifest.json").toFile());
      assertThat(stats.at("/nodes/Village").asLong())
          .isEqualTo(manifest.at("/counts/Village").asLong());
      assertThat(stats.at("/nodes/Person").asLong())
          .isEqualTo(manifest.at("/counts/Person").asLong());
      assertThat(stats.at("/relationships/SEEN_AT").asLong())
          .isEqualTo(manifest.at("/counts/Sighting").asLong());
      assertThat(folder.resolve("ground-truth.json")).exists();
      assertThat(folder.resolve(DemoLoader.IMPORTED)).exists();
      assertThat(api.get("/api/v1/stats", "analyst").status()).isEqualTo(200);
      persons = stats.at("/nodes/Person").asLong();
    }
    Files.writeString(data.resolve("demo-county/tiny-seed42/persons.csv"), "id,name\nPX,不应导入\n");

    try (ConfigurableApplicationContext app = start(data)) {
      ApiClient api = new ApiClient(port(app));
      assertThat(api.get("/api/v1/stats", "leader").json().at("/nodes/Person").asLong())
          .isEqualTo(persons);
    }
  }

  private static ConfigurableApplicationContext start(Path data) {
    return new SpringApplicationBuilder(RiskGraphApplication.class)
        .run(
            "--riskgraph.demo.enabled=true",
            "--riskgraph.demo.scale=tiny",
            "--riskgraph.data-dir=" + data,
            "--server.port=0");
  }

  private static int port(ConfigurableApplicationContext app) {
    return ((WebServerApplicationContext) app).getWebServer().getPort();
  }
}
