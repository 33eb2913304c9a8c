package org.riskgraph.bench.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.LongSupplier;
import org.riskgraph.graph.store.GraphStore;
import org.riskgraph.graph.store.StoreSettings;

/**
 * The floor under any audited read: what the smallest read and write transactions cost over Bolt
 * against the embedded store, interleaved in one run — a one-statement read, a one-statement write,
 * and a write with a second statement. An audit append is a write transaction, so an audited read
 * can be no cheaper than the read plus the write measured here.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar org.riskgraph.bench.audit.TransactionFloor
 * [rounds]}
 */
public final class TransactionFloor {

  private TransactionFloor() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    Path dir = Files.createTempDirectory("riskgraph-transaction-floor");
    try (GraphStore store = GraphStore.open(StoreSettings.embedded(dir))) {
      store.write(tx -> tx.run("CREATE (:Counter {id: 1, n: 0})").consume());
      LongSupplier read =
          () ->
              timed(
                  () ->
                      store.read(
                          tx -> tx.run("MATCH (c:Counter {id: 1}) RETURN c.n AS n").single()));
      LongSupplier write =
          () ->
              timed(
                  () ->
                      store.write(
                          tx -> tx.run("MATCH (c:Counter {id: 1}) SET c.n = c.n + 1").consume()));
      LongSupplier twoStatements =
          () ->
              timed(
                  () ->
                      store.write(
                          tx -> {
                            tx.run("MATCH (c:Counter {id: 1}) SET c.n = c.n + 1").consume();
                            return tx.run("CREATE (:Mark {at: $at})", Map.of("at", 1)).consume();
                          }));
      run(rounds / 4, read, write, twoStatements); // warm-up
      long[][] timings = run(rounds, read, write, twoStatements);
      String[] names = {"read, one statement", "write, one statement", "write, two statements"};
      for (int i = 0; i < names.length; i++) {
        long[] t = timings[i];
        Arrays.sort(t);
        System.out.printf(
            "%-24s p50 %.2f ms, p90 %.2f ms, p99 %.2f ms%n",
            names[i],
            t[t.length / 2] / 1e6,
            t[t.length * 9 / 10] / 1e6,
            t[t.length * 99 / 100] / 1e6);
      }
    }
  }

  private static long[][] run(int rounds, LongSupplier... kinds) {
    long[][] timings = new long[kinds.length][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < kinds.length; k++) {
        timings[k][r] = kinds[k].getAsLong();
      }
    }
    return timings;
  }

  private static long timed(Runnable work) {
    long started = System.nanoTime();
    work.run();
    return System.nanoTime() - started;
  }
}
