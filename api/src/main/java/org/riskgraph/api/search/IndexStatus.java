package org.riskgraph.api.search;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the search index holds and what last happened to it.
 *
 * @param rebuilding a rebuild from the graph is running or waiting to run: searches answer from
 *     what is indexed so far
 * @param lastRebuild the last rebuild, if any since start
 * @param lastSync the last import taken in, if any since start
 */
record IndexStatus(boolean rebuilding, long documents, Run lastRebuild, Run lastSync) {

  /**
   * One rebuild or import sync.
   *
   * @param fed documents read from the graph and indexed
   * @param removed entities dropped because the graph no longer holds them (rebuilds only)
   * @param skipped nodes the index could not take, with the first few reasons in {@code problems}
   * @param error why the run failed, or null
   */
  record Run(
      String reason,
      OffsetDateTime startedAt,
      OffsetDateTime finishedAt,
      long fed,
      long removed,
      long skipped,
      List<String> problems,
      String error) {

    Run {
      problems = List.copyOf(problems);
    }
  }
}
