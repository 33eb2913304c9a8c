package org.riskgraph.analysis.duplicates;

import java.util.ArrayList;
import java.util.List;
import org.riskgraph.graph.person.PersonFacts;
import org.riskgraph.graph.person.PersonRepository;
import org.riskgraph.graph.store.GraphStore;

/**
 * Reads every person of the graph with the phones they use and the plates they own, as {@link
 * PersonFacts} for the {@link DuplicateFinder}; in key order, one read transaction per batch.
 */
public final class PersonFactsReader {

  private final PersonRepository persons;
  private final int batch;

  public PersonFactsReader(GraphStore store) {
    this(store, 10_000);
  }

  public PersonFactsReader(GraphStore store, int batch) {
    if (batch < 1) {
      throw new IllegalArgumentException("batch must be positive: " + batch);
    }
    this.persons = new PersonRepository(store);
    this.batch = batch;
  }

  /** Every person, in id order. */
  public List<PersonFacts> readAll() {
    List<PersonFacts> out = new ArrayList<>();
    String after = "";
    while (true) {
      List<PersonFacts> page = persons.factsPage(after, batch);
      out.addAll(page);
      if (page.size() < batch) {
        return out;
      }
      after = page.getLast().id();
    }
  }
}
