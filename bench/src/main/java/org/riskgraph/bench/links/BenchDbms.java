package org.riskgraph.bench.links;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * A Neo4j of the benchmark's own, in its work folder, whose Bolt address and password the benchmark
 * knows, so that the application (as an external store) and the benchmark's own Cypher queries hit
 * the same database side by side. Same settings as the application's embedded store.
 */
final class BenchDbms implements AutoCloseable {

  static final String USER = "neo4j";

  private final DatabaseManagementService dbms;
  private final URI bolt;
  private final String password;

  private BenchDbms(DatabaseManagementService dbms, URI bolt, String password) {
    this.dbms = dbms;
    this.bolt = bolt;
    this.password = password;
  }

  static BenchDbms start(Path dir, String pageCache) {
    int port = freePort();
    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(dir.toAbsolutePath())
            .setConfig(
                Map.of(
                    BoltConnector.enabled,
                    true,
                    BoltConnector.listen_address,
                    new SocketAddress("127.0.0.1", port),
                    BoltConnector.encryption_level,
                    BoltConnector.EncryptionLevel.DISABLED,
                    GraphDatabaseSettings.auth_enabled,
                    true,
                    GraphDatabaseSettings.transaction_timeout,
                    Duration.ofMinutes(30),
                    GraphDatabaseSettings.pagecache_memory,
                    ByteUnit.parse(pageCache),
                    GraphDatabaseSettings.keep_logical_logs,
                    "100M size"))
            .build();
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    String password = HexFormat.of().formatHex(bytes);
    dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
        .executeTransactionally(
            "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
            Map.of("password", password));
    return new BenchDbms(dbms, URI.create("bolt://127.0.0.1:" + port), password);
  }

  URI bolt() {
    return bolt;
  }

  String password() {
    return password;
  }

  @Override
  public void close() {
    dbms.shutdown();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
