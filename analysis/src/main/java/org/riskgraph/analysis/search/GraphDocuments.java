package org.riskgraph.analysis.search;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.riskgraph.graph.search.Searchable;
import org.riskgraph.graph.search.SearchableBatch;
import org.riskgraph.graph.search.SearchableKind;
import org.riskgraph.graph.search.SearchableRepository;
import org.riskgraph.graph.search.Unreadable;
import org.riskgraph.graph.store.GraphStore;

/**
 * Reads the searchable entities of the graph — persons with their village's name, vehicles, phones,
 * incidents and disputes with theirs — as {@link SearchDocument}s, batch by batch, each batch in
 * its own read transaction ({@link SearchableRepository}) so that no transaction lives as long as a
 * county's read. A node the documents cannot represent (a stored value that no longer validates) is
 * skipped and reported, not allowed to stop the rest.
 */
public final class GraphDocuments {

  public static final int DEFAULT_BATCH = 5_000;

  private static final int PROBLEMS_KEPT = 10;

  private final SearchableRepository repository;
  private final int batch;

  public GraphDocuments(GraphStore store) {
    this(store, DEFAULT_BATCH);
  }

  public GraphDocuments(GraphStore store, int batch) {
    if (batch < 1) {
      throw new IllegalArgumentException("batch must be positive: " + batch);
    }
    this.repository = new SearchableRepository(store);
    this.batch = batch;
  }

  /**
   * What a read fed: documents handed to the sink, nodes skipped, and the first few reasons.
   *
   * @param problems up to ten {@code kind:key: reason} lines
   */
  public record Feed(long documents, long skipped, List<String> problems) {

    public Feed {
      problems = List.copyOf(problems);
    }
  }

  /** How many searchable nodes the graph holds. */
  public long count() {
    long total = 0;
    for (SearchableKind kind : SearchableKind.values()) {
      total += repository.count(kind);
    }
    return total;
  }

  /** Every searchable entity of the graph, kind by kind in key order, in batches. */
  public Feed readAll(Consumer<List<SearchDocument>> sink) {
    Tally tally = new Tally();
    for (SearchableKind kind : SearchableKind.values()) {
      String after = "";
      while (true) {
        SearchableBatch page = repository.page(kind, after, batch);
        if (page.size() == 0) {
          break;
        }
        sink.accept(tally.documents(page));
        after = page.lastKey().orElseThrow();
        if (page.size() < batch) {
          break;
        }
      }
    }
    return tally.feed();
  }

  /**
   * The entities an import created or changed — the nodes stamped with its {@code ingestedAt} — and
   * the persons, incidents and disputes of any village it changed, in batches.
   */
  public Feed readChanged(OffsetDateTime ingestedAt, Consumer<List<SearchDocument>> sink) {
    Tally tally = new Tally();
    List<String> villages = repository.changedVillages(ingestedAt);
    for (SearchableKind kind : SearchableKind.values()) {
      List<String> keys = repository.changedKeys(kind, ingestedAt, villages);
      for (int from = 0; from < keys.size(); from += batch) {
        List<String> some = keys.subList(from, Math.min(keys.size(), from + batch));
        sink.accept(tally.documents(repository.byKeys(kind, some)));
      }
    }
    return tally.feed();
  }

  /** The search index's document of a searchable entity. */
  static SearchDocument document(Searchable entity) {
    return switch (entity) {
      case Searchable.Person p ->
          new PersonDocument(
              p.id(),
              p.name(),
              p.idNumber(),
              p.gender(),
              p.birthDate(),
              p.villageCode(),
              p.villageName());
      case Searchable.Vehicle v -> new VehicleDocument(v.plate(), v.vehicleKind(), v.colour());
      case Searchable.Phone p -> new PhoneDocument(p.number());
      case Searchable.Incident i ->
          new IncidentDocument(
              i.id(), i.category(), i.summary(), i.reportedAt(), i.villageCode(), i.villageName());
      case Searchable.Dispute d ->
          new DisputeDocument(
              d.id(), d.category(), d.summary(), d.openedAt(), d.villageCode(), d.villageName());
    };
  }

  private static final class Tally {
    private long documents;
    private long skipped;
    private final List<String> problems = new ArrayList<>();

    List<SearchDocument> documents(SearchableBatch batch) {
      List<SearchDocument> out = new ArrayList<>(batch.entities().size());
      for (Unreadable node : batch.unreadable()) {
        skip(node.kind().urlName() + ":" + node.key() + ": " + node.reason());
      }
      for (Searchable entity : batch.entities()) {
        try {
          out.add(document(entity));
        } catch (RuntimeException e) {
          skip(entity.kind().urlName() + ":" + entity.key() + ": " + e.getMessage());
        }
      }
      documents += out.size();
      return out;
    }

    private void skip(String problem) {
      skipped++;
      if (problems.size() < PROBLEMS_KEPT) {
        problems.add(problem);
      }
    }

    Feed feed() {
      return new Feed(documents, skipped, problems);
    }
  }
}
