package org.riskgraph.graph.store;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How to reach the graph. Without a URI an embedded Neo4j is started in {@code dataDir}; with one,
 * the driver connects to that server or cluster with the given credentials.
 *
 * @param transactionTimeout the longest any single transaction may run, enforced by the server
 * @param pageCache the embedded server's page cache, e.g. {@code 512m}
 * @param csvImportDir where the embedded server may read files for {@code LOAD CSV}; empty turns
 *     {@code LOAD CSV} from files off (only benchmarks set it)
 */
public record StoreSettings(
    Optional<URI> uri,
    String user,
    String password,
    Path dataDir,
    Duration transactionTimeout,
    String pageCache,
    Optional<Path> csvImportDir) {

  public StoreSettings {
    uri = uri == null ? Optional.empty() : uri;
    user = user == null || user.isBlank() ? "neo4j" : user;
    password = password == null ? "" : password;
    if (dataDir == null) {
      throw new IllegalArgumentException("dataDir is required");
    }
    if (transactionTimeout == null
        || transactionTimeout.isNegative()
        || transactionTimeout.isZero()) {
      transactionTimeout = Duration.ofSeconds(60);
    }
    pageCache = pageCache == null || pageCache.isBlank() ? "512m" : pageCache;
    csvImportDir = csvImportDir == null ? Optional.empty() : csvImportDir;
  }

  public static StoreSettings embedded(Path dataDir) {
    return new StoreSettings(Optional.empty(), null, null, dataDir, null, null, Optional.empty());
  }

  public static StoreSettings external(URI uri, String user, String password) {
    return new StoreSettings(
        Optional.of(uri), user, password, Path.of("data"), null, null, Optional.empty());
  }

  public boolean isEmbedded() {
    return uri.isEmpty();
  }

  public StoreSettings withTransactionTimeout(Duration timeout) {
    return new StoreSettings(uri, user, password, dataDir, timeout, pageCache, csvImportDir);
  }

  public StoreSettings withCsvImportDir(Path dir) {
    return new StoreSettings(
        uri, user, password, dataDir, transactionTimeout, pageCache, Optional.of(dir));
  }
}
