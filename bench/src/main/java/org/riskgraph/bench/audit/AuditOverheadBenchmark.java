package org.riskgraph.bench.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.riskgraph.fixtures.County;
import org.riskgraph.fixtures.CountyGenerator;
import org.riskgraph.fixtures.output.FixtureWriter;
import org.riskgraph.fixtures.output.Format;
import org.riskgraph.fixtures.spec.Plants;
import org.riskgraph.fixtures.spec.Scale;
import org.riskgraph.graph.audit.AuditAction;
import org.riskgraph.graph.audit.AuditEvent;
import org.riskgraph.graph.audit.AuditLog;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.entity.EntityRef;
import org.riskgraph.graph.entity.EntityRepository;
import org.riskgraph.graph.importer.ImportOptions;
import org.riskgraph.graph.importer.Importer;
import org.riskgraph.graph.store.GraphStore;
import org.riskgraph.graph.store.StoreSettings;

/**
 * What the audit trail costs a person-level read: the same entity read, alone and followed by the
 * audit append the API does before answering, interleaved read by read in one run over the same
 * persons. In-process over Bolt, without HTTP, so the ratio is the audit write against the bare
 * read — through the API, HTTP and authentication make it smaller.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar org.riskgraph.bench.audit.AuditOverheadBenchmark
 * [tiny|county] [reads]}
 */
public final class AuditOverheadBenchmark {

  private AuditOverheadBenchmark() {}

  public static void main(String[] args) throws Exception {
    Scale scale = Scale.parse(args.length > 0 ? args[0] : "tiny");
    int reads = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    Path work = Files.createTempDirectory("riskgraph-audit-bench");
    County county = CountyGenerator.generate(scale, 42, Plants.ALL);
    new FixtureWriter(work.resolve("data"), EnumSet.of(Format.CSV)).write(county);
    try (GraphStore store = GraphStore.open(StoreSettings.embedded(work.resolve("store")))) {
      new Importer(store, ImportOptions.defaults("bench")).importPath(work.resolve("data"));
      EntityRepository entities = new EntityRepository(store);
      AuditLog audit = new AuditLog(store);
      SplittableRandom random = new SplittableRandom(7);
      List<String> ids = county.persons().stream().map(p -> p.id()).toList();

      for (int i = 0; i < 300; i++) {
        read(entities, ids.get(random.nextInt(ids.size())));
        readAudited(entities, audit, ids.get(random.nextInt(ids.size())));
      }
      List<Long> plain = new ArrayList<>();
      List<Long> audited = new ArrayList<>();
      for (int i = 0; i < reads; i++) {
        String id = ids.get(random.nextInt(ids.size()));
        if (i % 2 == 0) {
          plain.add(read(entities, id));
          audited.add(readAudited(entities, audit, id));
        } else {
          audited.add(readAudited(entities, audit, id));
          plain.add(read(entities, id));
        }
      }
      report("person read", plain);
      report("person read + audit append", audited);
      System.out.printf(
          "ratio audited / plain: p50 %.2f, p99 %.2f (same run, interleaved, %d reads each)%n",
          percentile(audited, 50) / percentile(plain, 50),
          percentile(audited, 99) / percentile(plain, 99),
          reads);
      System.out.println("chain after the run: " + audit.verify());
    }
  }

  private static long read(EntityRepository entities, String id) {
    long t = System.nanoTime();
    entities.find(new EntityRef(EntityKind.PERSON, id)).orElseThrow();
    return System.nanoTime() - t;
  }

  private static long readAudited(EntityRepository entities, AuditLog audit, String id) {
    long t = System.nanoTime();
    var found = entities.find(new EntityRef(EntityKind.PERSON, id)).orElseThrow();
    audit.append(
        new AuditEvent(
            "analyst",
            List.of("ANALYST"),
            AuditAction.ENTITY_READ,
            "GET /api/v1/entities/{kind}/{key}",
            "/api/v1/entities/person/" + id,
            List.of(found.ref().toString()),
            "J2026101400001",
            "200",
            1));
    return System.nanoTime() - t;
  }

  private static void report(String what, List<Long> nanos) {
    System.out.printf(
        "%-28s p50 %.2f ms, p90 %.2f ms, p99 %.2f ms%n",
        what,
        percentile(nanos, 50) / 1e6,
        percentile(nanos, 90) / 1e6,
        percentile(nanos, 99) / 1e6);
  }

  private static double percentile(List<Long> values, double p) {
    long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
