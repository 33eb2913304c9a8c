package org.riskgraph.bench.links;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.riskgraph.analysis.links.ChainEvidence;
import org.riskgraph.analysis.links.ChainQuery;
import org.riskgraph.analysis.links.ChainSearch;
import org.riskgraph.analysis.links.LinkChains;
import org.riskgraph.analysis.links.LinkGraph;
import org.riskgraph.analysis.links.StoreProjection;
import org.riskgraph.bench.links.PairSampler.Pair;
import org.riskgraph.graph.audit.AuditAction;
import org.riskgraph.graph.audit.AuditEvent;
import org.riskgraph.graph.audit.AuditLog;
import org.riskgraph.graph.entity.EntityRef;
import org.riskgraph.graph.link.LinkType;
import org.riskgraph.graph.store.GraphStore;
import org.riskgraph.graph.store.StoreSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Link chains at county scale, side by side in one run on the same database and the same pairs:
 * RiskGraph's chains through the HTTP API (k = 5, maxHops 6, with evidence and the audit write),
 * the same search in-process on the projection (the algorithm alone), and Neo4j's own Cypher —
 * {@code shortestPath} and {@code SHORTEST 5} — through the driver. Also times the co-travel
 * derivation through the admin endpoint. The database is the benchmark's own; the application runs
 * as a child process against it and loads the seed-42 county on first start.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar org.riskgraph.bench.links.LinkBenchmark [work-dir]
 * [riskgraph.jar] [pairs]}
 */
public final class LinkBenchmark {

  private static final String TYPES = PairSampler.TYPES.replace('|', ',');
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int WARM_UP = 100;

  private LinkBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args.length > 0 ? args[0] : "/tmp/riskgraph-links-bench");
    Path jar = Path.of(args.length > 1 ? args[1] : "api/target/riskgraph.jar");
    int count = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    Files.createDirectories(work);
    System.out.printf("cores %d, load %s%n", Runtime.getRuntime().availableProcessors(), load());
    try (BenchDbms dbms = BenchDbms.start(work.resolve("neo4j"), "2g");
        AppProcess app = AppProcess.start(jar, work, dbms, "6g")) {
      long started = System.nanoTime();
      app.awaitUp(Duration.ofHours(2));
      System.out.printf("application up (county loaded) after %.0f s%n", seconds(started));
      try (Driver driver =
              GraphDatabase.driver(dbms.bolt(), AuthTokens.basic(BenchDbms.USER, dbms.password()));
          GraphStore store =
              GraphStore.open(
                  StoreSettings.external(dbms.bolt(), BenchDbms.USER, dbms.password()))) {
        List<Pair> pairs = new PairSampler(driver, 42).sample(count + WARM_UP);
        // time the derivation on a quiet application: after its start-up projection is built
        awaitProjection(app, pairs.getFirst(), Instant.EPOCH);
        Instant lastWrite = Instant.EPOCH;
        for (int run = 1; run <= 2; run++) {
          Instant before = Instant.now();
          long t = System.nanoTime();
          String body = app.post("/api/v1/admin/co-travel", "admin").body();
          System.out.printf("co-travel run %d: %.1f s wall; %s%n", run, seconds(t), body);
          double derive = JSON.readTree(body).at("/deriveSeconds").asDouble();
          lastWrite = before.plusMillis((long) (derive * 1000));
        }
        // and measure chains once the projection rebuilt after the last run is in place
        awaitProjection(app, pairs.getFirst(), lastWrite);
        long read = System.nanoTime();
        LinkGraph graph = new StoreProjection(store, Duration.ofMinutes(10)).read();
        System.out.printf(
            "projection read over Bolt in-process: %.1f s, %,d nodes, %,d relationships%n",
            seconds(read), graph.nodeCount(), graph.edgeCount());
        measure(app, driver, graph, store, pairs);
      }
    }
    System.out.printf("load at the end %s%n", load());
  }

  private static void measure(
      AppProcess app, Driver driver, LinkGraph graph, GraphStore store, List<Pair> pairs)
      throws Exception {
    ChainEvidence evidence = new ChainEvidence(store, Duration.ofSeconds(30));
    AuditLog audit = new AuditLog(store);
    Latencies evidenceRead = new Latencies();
    Latencies auditAppend = new Latencies();
    Latencies api = new Latencies();
    Latencies entity = new Latencies();
    Latencies villages = new Latencies();
    Latencies inProcess = new Latencies();
    Latencies shortestPath = new Latencies();
    Latencies shortest5 = new Latencies();
    ChainSearch search = new ChainSearch();
    int agree = 0;
    int apiOnly = 0;
    int cypherOnly = 0;
    int truncated = 0;
    for (int i = 0; i < pairs.size(); i++) {
      Pair pair = pairs.get(i);
      boolean counted = i >= WARM_UP;
      long t = System.nanoTime();
      JsonNode chains = JSON.readTree(app.get(chainsPath(pair), "analyst").body());
      long apiNanos = System.nanoTime() - t;
      t = System.nanoTime();
      app.get(entityPath(pair), "analyst").body();
      long entityNanos = System.nanoTime() - t;
      t = System.nanoTime();
      app.get("/api/v1/villages", "analyst").body();
      long villagesNanos = System.nanoTime() - t;
      t = System.nanoTime();
      LinkChains found = search.find(graph, query(pair));
      long algorithmNanos = System.nanoTime() - t;
      t = System.nanoTime();
      evidence.read(found);
      long evidenceNanos = System.nanoTime() - t;
      t = System.nanoTime();
      audit.append(
          new AuditEvent(
              "bench",
              List.of("ANALYST"),
              AuditAction.LINK_QUERY,
              "bench",
              chainsPath(pair),
              List.of(pair.from().ref(), pair.to().ref()),
              "benchmark run",
              "200",
              1));
      long auditNanos = System.nanoTime() - t;
      t = System.nanoTime();
      int cypherLength = cypher(driver, shortestPathQuery(pair), pair);
      long shortestPathNanos = System.nanoTime() - t;
      t = System.nanoTime();
      cypher(driver, shortestKQuery(pair), pair);
      long shortest5Nanos = System.nanoTime() - t;
      if (!counted) {
        continue;
      }
      api.add(apiNanos);
      entity.add(entityNanos);
      villages.add(villagesNanos);
      inProcess.add(algorithmNanos);
      evidenceRead.add(evidenceNanos);
      auditAppend.add(auditNanos);
      shortestPath.add(shortestPathNanos);
      shortest5.add(shortest5Nanos);
      int apiLength = chains.at("/chains").isEmpty() ? -1 : chains.at("/chains/0/length").asInt();
      truncated += chains.at("/truncated").asBoolean() ? 1 : 0;
      if (apiLength == cypherLength) {
        agree++;
      } else if (cypherLength < 0) {
        apiOnly++;
      } else if (apiLength < 0) {
        cypherOnly++;
      }
    }
    System.out.println(Latencies.header());
    System.out.println(api.row("RiskGraph chains via HTTP API (k=5, maxHops 6)"));
    System.out.println(inProcess.row("same search in-process on the projection"));
    System.out.println(evidenceRead.row("evidence read for those chains (one statement, Bolt)"));
    System.out.println(auditAppend.row("one audit entry appended (AuditLog, Bolt)"));
    System.out.println(
        entity.row("floor: one audited entity read via HTTP API (GET /entities/{kind}/{key})"));
    System.out.println(villages.row("floor: unaudited list of 89 villages via HTTP API"));
    System.out.println(shortestPath.row("Cypher shortestPath (k=1, ≤6) via driver"));
    System.out.println(shortest5.row("Cypher SHORTEST 5 (≤6) via driver"));
    System.out.printf(
        "shortest length agrees with shortestPath on %d of %d pairs; RiskGraph only %d,"
            + " Cypher only %d (hubs above the degree cap are not passed through); truncated %d%n",
        agree, pairs.size() - WARM_UP, apiOnly, cypherOnly, truncated);
  }

  private static ChainQuery query(Pair pair) {
    return ChainQuery.between(EntityRef.parse(pair.from().ref()), EntityRef.parse(pair.to().ref()))
        .withTypes(LinkType.parse("types", TYPES, true));
  }

  private static String chainsPath(Pair pair) {
    return "/api/v1/links/chains?from="
        + URLEncoder.encode(pair.from().ref(), StandardCharsets.UTF_8)
        + "&to="
        + URLEncoder.encode(pair.to().ref(), StandardCharsets.UTF_8)
        + "&maxHops=6&limit=5&types="
        + TYPES;
  }

  private static String entityPath(Pair pair) {
    return "/api/v1/entities/"
        + pair.from().label().toLowerCase()
        + "/"
        + URLEncoder.encode(pair.from().key(), StandardCharsets.UTF_8);
  }

  private static String shortestPathQuery(Pair pair) {
    return ends(pair)
        + " MATCH p = shortestPath((a)-[:"
        + PairSampler.TYPES
        + "*..6]-(b)) RETURN length(p) AS hops";
  }

  private static String shortestKQuery(Pair pair) {
    return ends(pair)
        + " MATCH p = SHORTEST 5 (a)-[:"
        + PairSampler.TYPES
        + "]-{1,6}(b) RETURN length(p) AS hops";
  }

  private static String ends(Pair pair) {
    return "MATCH (a:%s {%s: $a}), (b:%s {%s: $b})"
        .formatted(
            pair.from().label(),
            pair.from().keyProperty(),
            pair.to().label(),
            pair.to().keyProperty());
  }

  /** Runs the query to the end; the length of its first path, or -1 when none. */
  private static int cypher(Driver driver, String cypher, Pair pair) {
    try (Session session = driver.session()) {
      return session.executeRead(
          tx -> {
            List<Integer> hops =
                tx.run(cypher, Map.of("a", pair.from().key(), "b", pair.to().key()))
                    .list(r -> r.get("hops").asInt());
            return hops.isEmpty() ? -1 : hops.getFirst();
          });
    }
  }

  /** Waits until the application answers from a projection read after the derivation. */
  private static void awaitProjection(AppProcess app, Pair pair, Instant after) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode body = JSON.readTree(app.get(chainsPath(pair), "analyst").body());
      if (body.has("asOf") && Instant.parse(body.at("/asOf").asString()).isAfter(after)) {
        return;
      }
      Thread.sleep(2_000);
    }
    throw new IllegalStateException("the projection was not rebuilt after the derivation");
  }

  private static String load() throws Exception {
    return Files.readString(Path.of("/proc/loadavg")).strip();
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
