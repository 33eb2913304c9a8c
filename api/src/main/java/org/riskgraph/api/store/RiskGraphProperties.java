package org.riskgraph.api.store;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.riskgraph.graph.store.StoreSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings under {@code riskgraph.*}; the README's table lists them.
 *
 * @param dataDir where the embedded store keeps its files
 * @param neo4j an external server; when its URI is empty the embedded store is used
 * @param transactionTimeout the longest any single query may run
 * @param users configured accounts (password hashes only)
 */
@ConfigurationProperties("riskgraph")
public record RiskGraphProperties(
    @DefaultValue("data") Path dataDir,
    @DefaultValue Neo4j neo4j,
    @DefaultValue("60s") Duration transactionTimeout,
    @DefaultValue("512m") String pageCache,
    @DefaultValue Demo demo,
    List<User> users) {

  public RiskGraphProperties {
    users = users == null ? List.of() : List.copyOf(users);
  }

  /** How to reach the store: the external server if a URI is set, else embedded in the data dir. */
  public StoreSettings storeSettings() {
    return new StoreSettings(
        Optional.ofNullable(neo4j.uri()).filter(u -> !u.toString().isBlank()),
        neo4j.user(),
        neo4j.password(),
        dataDir,
        transactionTimeout,
        pageCache,
        Optional.empty());
  }

  /** An external Neo4j server or cluster. */
  public record Neo4j(
      URI uri, @DefaultValue("neo4j") String user, @DefaultValue("") String password) {}

  /**
   * Demo mode: the synthetic county and the demo users.
   *
   * @param load whether to generate and load the county on first start
   */
  public record Demo(
      @DefaultValue("false") boolean enabled,
      @DefaultValue("true") boolean load,
      @DefaultValue("42") long seed,
      @DefaultValue("county") String scale) {}

  /** A configured account: name, bcrypt hash and roles. */
  public record User(String name, String passwordHash, List<String> roles) {}
}
