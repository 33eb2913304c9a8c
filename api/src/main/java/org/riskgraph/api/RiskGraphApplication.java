package org.riskgraph.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.riskgraph.api.store.EarlyStore;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * RiskGraph: {@code java -jar riskgraph.jar [--demo]} serves the API; {@code java -jar
 * riskgraph.jar import <file-or-folder>} imports a file into the configured store and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class RiskGraphApplication {

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("import")) {
      System.exit(runImport(Arrays.copyOfRange(args, 1, args.length)));
    }
    SpringApplication application = new SpringApplication(RiskGraphApplication.class);
    application.addListeners(new EarlyStore());
    application.run(translateDemoFlag(args));
  }

  /** {@code --demo} is a switch for people; Spring sees it as {@code riskgraph.demo.enabled}. */
  static String[] translateDemoFlag(String[] args) {
    List<String> out = new ArrayList<>();
    for (String arg : args) {
      out.add(arg.equals("--demo") ? "--riskgraph.demo.enabled=true" : arg);
    }
    return out.toArray(String[]::new);
  }

  private static int runImport(String[] args) {
    if (args.length == 0 || args[0].startsWith("--")) {
      System.err.println(
          "usage: java -jar riskgraph.jar import <file.ndjson|csv-folder> [--riskgraph.…=…]");
      return 2;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(RiskGraphApplication.class)
            .web(WebApplicationType.NONE)
            .properties("riskgraph.command=import", "riskgraph.command-argument=" + args[0])
            .run(rest);
    return SpringApplication.exit(context);
  }
}
