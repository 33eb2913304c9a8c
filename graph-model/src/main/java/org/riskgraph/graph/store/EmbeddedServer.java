package org.riskgraph.graph.store;

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
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process Neo4j whose Bolt connector listens on 127.0.0.1 and a free port. Authentication is
 * on; the password of the {@code neo4j} user is drawn afresh at every start and never written down,
 * so only this process can connect.
 */
final class EmbeddedServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);
  private static final String USER = "neo4j";

  private final DatabaseManagementService dbms;
  private final URI boltUri;
  private final String password;

  private EmbeddedServer(DatabaseManagementService dbms, URI boltUri, String password) {
    this.dbms = dbms;
    this.boltUri = boltUri;
    this.password = password;
  }

  static EmbeddedServer start(
      Path dataDir,
      Duration transactionTimeout,
      String pageCache,
      java.util.Optional<Path> csvDir) {
    int port = freePort();
    long started = System.nanoTime();
    DatabaseManagementServiceBuilder builder =
        new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath());
    csvDir.ifPresent(
        dir ->
            builder
                .setConfig(GraphDatabaseSettings.allow_file_urls, true)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, dir.toAbsolutePath()));
    DatabaseManagementService dbms =
        builder
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
                    transactionTimeout,
                    GraphDatabaseSettings.pagecache_memory,
                    ByteUnit.parse(pageCache),
                    GraphDatabaseSettings.keep_logical_logs,
                    "100M size",
                    BoltConnectorInternalSettings.thread_pool_shutdown_wait_time,
                    Duration.ofMillis(100),
                    BoltConnectorInternalSettings.connection_shutdown_wait_time,
                    Duration.ofMillis(100)))
            .build();
    String password = newPassword();
    try {
      GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
      system.executeTransactionally(
          "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
          Map.of("password", password));
    } catch (RuntimeException e) {
      dbms.shutdown();
      throw e;
    }
    log.info(
        "Embedded Neo4j started in {} ms, data in {}, Bolt on 127.0.0.1:{}",
        (System.nanoTime() - started) / 1_000_000,
        dataDir.toAbsolutePath(),
        port);
    return new EmbeddedServer(dbms, URI.create("bolt://127.0.0.1:" + port), password);
  }

  URI boltUri() {
    return boltUri;
  }

  String user() {
    return USER;
  }

  String password() {
    return password;
  }

  @Override
  public void close() {
    long started = System.nanoTime();
    dbms.shutdown();
    log.info("Embedded Neo4j stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on 127.0.0.1 for Bolt", e);
    }
  }

  private static String newPassword() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
