package org.riskgraph.graph.store;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that opens the graph: an embedded Neo4j when no URI is configured, an external
 * server or cluster otherwise; either way the rest of the code talks to it through the official
 * driver over Bolt, in managed transactions that retry and route on a cluster. Closing it closes
 * the driver first and then the embedded server.
 *
 * <p>The driver stops here: {@link #read} and {@link #write} hand the driver's transaction to the
 * repositories and readers of graph-model only (ArchitectureTests in api holds every other module
 * to that), and the driver's exceptions leave as {@link StoreException}, {@link
 * StoreUnavailableException} or {@link QueryTimeoutException}.
 */
public final class GraphStore implements AutoCloseable {

  private static final Pattern NAMED_SCHEMA =
      Pattern.compile("CREATE (?:CONSTRAINT|INDEX) (\\w+) IF NOT EXISTS ");

  private static final Logger log = LoggerFactory.getLogger(GraphStore.class);

  private final Driver driver;
  private final EmbeddedServer embedded;
  private final StoreSettings settings;
  private final URI uri;

  private GraphStore(Driver driver, EmbeddedServer embedded, StoreSettings settings, URI uri) {
    this.driver = driver;
    this.embedded = embedded;
    this.settings = settings;
    this.uri = uri;
  }

  /** Opens the store and applies the schema (idempotently). */
  public static GraphStore open(StoreSettings settings) {
    EmbeddedServer embedded = null;
    URI uri;
    String user;
    String password;
    if (settings.isEmbedded()) {
      embedded =
          EmbeddedServer.start(
              settings.dataDir(),
              settings.transactionTimeout(),
              settings.pageCache(),
              settings.csvImportDir());
      uri = embedded.boltUri();
      user = embedded.user();
      password = embedded.password();
    } else {
      uri = settings.uri().orElseThrow();
      user = settings.user();
      password = settings.password();
    }
    Driver driver = null;
    try {
      driver =
          GraphDatabase.driver(
              uri,
              AuthTokens.basic(user, password),
              Config.builder()
                  .withMaxConnectionPoolSize(64)
                  .withConnectionAcquisitionTimeout(30, java.util.concurrent.TimeUnit.SECONDS)
                  .withMaxTransactionRetryTime(15, java.util.concurrent.TimeUnit.SECONDS)
                  .withLogging(org.neo4j.driver.Logging.slf4j())
                  .build());
      driver.verifyConnectivity();
      GraphStore store = new GraphStore(driver, embedded, settings, uri);
      Schema.apply(store);
      return store;
    } catch (RuntimeException e) {
      if (driver != null) {
        driver.close();
      }
      if (embedded != null) {
        embedded.close();
      }
      throw e;
    }
  }

  /** Runs a unit of work in a read transaction with the store's default timeout. */
  public <T> T read(Function<TransactionContext, T> work) {
    return read(settings.transactionTimeout(), work);
  }

  public <T> T read(Duration timeout, Function<TransactionContext, T> work) {
    try (Session session = driver.session(SessionConfig.defaultConfig())) {
      return session.executeRead(
          work::apply, TransactionConfig.builder().withTimeout(timeout).build());
    } catch (Neo4jException e) {
      throw StoreExceptions.translate(e);
    }
  }

  /** Runs a unit of work in a write transaction; the driver retries it on transient failures. */
  public <T> T write(Function<TransactionContext, T> work) {
    return write(settings.transactionTimeout(), work);
  }

  public <T> T write(Duration timeout, Function<TransactionContext, T> work) {
    try (Session session = driver.session(SessionConfig.defaultConfig())) {
      return session.executeWrite(
          work::apply, TransactionConfig.builder().withTimeout(timeout).build());
    } catch (Neo4jException e) {
      throw StoreExceptions.translate(e);
    }
  }

  /**
   * Runs one statement in an auto-commit transaction: needed for {@code CALL { … } IN
   * TRANSACTIONS}, which batches a large delete or update into many small transactions.
   */
  public void autoCommit(
      String cypher, java.util.Map<String, Object> parameters, Duration timeout) {
    try (Session session = driver.session(SessionConfig.defaultConfig())) {
      session
          .run(
              new org.neo4j.driver.Query(cypher, parameters),
              TransactionConfig.builder().withTimeout(timeout).build())
          .consume();
    } catch (Neo4jException e) {
      throw StoreExceptions.translate(e);
    }
  }

  /**
   * Applies schema statements ({@code CREATE CONSTRAINT|INDEX name IF NOT EXISTS ...}, or other
   * schema calls) of a feature. A named constraint or index that already exists is skipped without
   * a round trip of its own: on a store that has it all, the start-up costs one read.
   */
  public void applySchema(List<String> statements) {
    Set<String> existing = null;
    for (String statement : statements) {
      Matcher named = NAMED_SCHEMA.matcher(statement);
      if (named.lookingAt()) {
        if (existing == null) {
          existing = existingSchemaNames();
        }
        if (existing.contains(named.group(1))) {
          continue;
        }
      }
      try (Session session = driver.session(SessionConfig.defaultConfig())) {
        session.run(statement).consume();
      } catch (Neo4jException e) {
        throw StoreExceptions.translate(e);
      }
    }
  }

  private Set<String> existingSchemaNames() {
    try (Session session = driver.session(SessionConfig.defaultConfig())) {
      Set<String> names = new HashSet<>();
      session
          .run("SHOW CONSTRAINTS YIELD name")
          .forEachRemaining(r -> names.add(r.get(0).asString()));
      session.run("SHOW INDEXES YIELD name").forEachRemaining(r -> names.add(r.get(0).asString()));
      return names;
    }
  }

  public boolean isEmbedded() {
    return embedded != null;
  }

  public URI uri() {
    return uri;
  }

  public Duration transactionTimeout() {
    return settings.transactionTimeout();
  }

  /** Checks that the store answers a query. */
  public boolean ping() {
    try {
      return read(Duration.ofSeconds(5), tx -> tx.run("RETURN 1 AS ok").single().get(0).asInt())
          == 1;
    } catch (RuntimeException e) {
      log.warn("Store did not answer: {}", e.getMessage());
      return false;
    }
  }

  @Override
  public void close() {
    try {
      driver.close();
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }
}
