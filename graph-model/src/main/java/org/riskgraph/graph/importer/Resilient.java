package org.riskgraph.graph.importer;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.riskgraph.graph.store.StoreException;

/**
 * Writes a batch in one transaction; if the store refuses it, halves it until the records it
 * refuses are found, so one bad record is named and the rest still go in.
 */
final class Resilient {

  private static final Pattern CONSTRAINT = Pattern.compile("property `(\\w+)` = (.+)$");

  private Resilient() {}

  static <W extends Write> BatchOutcome run(
      List<W> writes,
      Consumer<List<Map<String, Object>>> action,
      Function<List<W>, List<Map<String, Object>>> rows,
      String countAs) {
    BatchOutcome outcome = new BatchOutcome();
    if (writes.isEmpty()) {
      return outcome;
    }
    try {
      action.accept(rows.apply(writes));
      for (W write : writes) {
        if (write instanceof Write.NodeWrite node) {
          switch (node.spec().label()) {
            case "Control" -> outcome.supervisionChanges.add("control:" + node.key());
            case "ControlEvent" -> outcome.supervisionChanges.add("control-event:" + node.key());
            default -> {}
          }
        }
      }
      if (countAs.equals("created")) {
        outcome.created += writes.size();
      } else {
        outcome.updated += writes.size();
      }
    } catch (StoreException e) {
      if (writes.size() == 1) {
        rejectRefused(outcome, writes.getFirst(), e);
      } else {
        int half = writes.size() / 2;
        outcome.add(run(writes.subList(0, half), action, rows, countAs));
        outcome.add(run(writes.subList(half, writes.size()), action, rows, countAs));
      }
    }
    return outcome;
  }

  private static void rejectRefused(BatchOutcome outcome, Write write, StoreException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    Matcher constraint = CONSTRAINT.matcher(message);
    if (message.contains("already exists") && constraint.find()) {
      outcome.reject(
          write.record(),
          constraint.group(1),
          "value " + constraint.group(2) + " already belongs to another record");
    } else {
      outcome.reject(write.record(), null, "the store refused it (" + e.code() + ")");
    }
  }
}
