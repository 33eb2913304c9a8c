package org.riskgraph.graph.instruction;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.common.InvalidFieldException;
import org.riskgraph.graph.common.StoredValues;
import org.riskgraph.graph.store.GraphStore;

/**
 * Instructions in the graph: {@code (:Instruction)-[:CONCERNS]->(:Incident)}, {@code
 * -[:BASED_ON]->(:ResearchProduct)}, and their history as {@code -[:HAS_STEP]->(:InstructionStep)}.
 * A transition locks the instruction, so two people moving it at once cannot both succeed.
 */
public final class InstructionRepository {

  static final List<String> SCHEMA =
      List.of(
          "CREATE CONSTRAINT instruction_id_unique IF NOT EXISTS FOR (i:Instruction) REQUIRE i.id IS UNIQUE",
          "CREATE INDEX instruction_deadline IF NOT EXISTS FOR (i:Instruction) ON (i.deadline)",
          "CREATE INDEX instruction_issued_at IF NOT EXISTS FOR (i:Instruction) ON (i.issuedAt)",
          "CREATE CONSTRAINT counter_name_unique IF NOT EXISTS FOR (c:Counter) REQUIRE c.name IS UNIQUE");

  private static final String NEXT_NUMBER =
      """
      MERGE (c:Counter {name: $name}) ON CREATE SET c.value = 0
      SET c.value = c.value + 1
      RETURN c.value AS value
      """;

  private static final String MISSING_LINKS =
      """
      RETURN [k IN $incidents WHERE NOT EXISTS { MATCH (:Incident {id: k}) }] AS incidents,
             [k IN $products WHERE NOT EXISTS { MATCH (:ResearchProduct {id: k}) }] AS products
      """;

  private static final String CREATE =
      """
      CREATE (i:Instruction {id: $id, title: $title, body: $body, assignee: $assignee,
              deadline: $deadline, priority: $priority, state: 'ISSUED', issuedBy: $by,
              issuedAt: $at, source: $source, ingestedAt: $at})
      CREATE (i)-[:HAS_STEP]->(:InstructionStep {seq: 0, to: 'ISSUED', by: $by, at: $at, note: ''})
      WITH i
      CALL (i) { UNWIND $incidents AS k MATCH (x:Incident {id: k}) CREATE (i)-[:CONCERNS]->(x) }
      CALL (i) { UNWIND $products AS k MATCH (p:ResearchProduct {id: k}) CREATE (i)-[:BASED_ON]->(p) }
      """;

  private static final String LOCK =
      "MATCH (i:Instruction {id: $id}) SET i.lockedAt = $at RETURN i.state AS state, COUNT { (i)-[:HAS_STEP]->() } AS steps";

  private static final String MOVE =
      """
      MATCH (i:Instruction {id: $id})
      SET i.state = $to, i.closedAt = CASE WHEN $to = 'CLOSED' THEN $at ELSE i.closedAt END
      CREATE (i)-[:HAS_STEP]->(:InstructionStep {seq: $seq, from: $from, to: $to, by: $by, at: $at, note: $note})
      """;

  private static final String FIND =
      """
      MATCH (i:Instruction {id: $id})
      RETURN i, [(i)-[:CONCERNS]->(x:Incident) | x.id] AS incidents,
             [(i)-[:BASED_ON]->(p:ResearchProduct) | p.id] AS products,
             [(i)-[:HAS_STEP]->(s:InstructionStep) | s] AS steps
      """;

  private static final String LIST =
      """
      MATCH (i:Instruction)
      WHERE ($open IS NULL OR (i.state <> 'CLOSED') = $open)
        AND ($overdueAt IS NULL OR (i.state <> 'CLOSED' AND i.deadline < $overdueAt))
        AND ($assignee IS NULL OR i.assignee = $assignee)
        AND ($from IS NULL OR i.issuedAt >= $from)
        AND ($to IS NULL OR i.issuedAt < $to)
      WITH i ORDER BY i.deadline LIMIT $limit
      RETURN i, [(i)-[:CONCERNS]->(x:Incident) | x.id] AS incidents,
             [(i)-[:BASED_ON]->(p:ResearchProduct) | p.id] AS products,
             [(i)-[:HAS_STEP]->(s:InstructionStep) | s] AS steps
      """;

  private final GraphStore store;

  public InstructionRepository(GraphStore store) {
    this.store = store;
    store.applySchema(SCHEMA);
  }

  /** Issues an instruction; throws {@link InvalidFieldException} if a linked record is unknown. */
  public Instruction issue(NewInstruction request, String by, OffsetDateTime now) {
    OffsetDateTime at = Fields.inChina(now);
    return store.write(
        tx -> {
          Record missing =
              tx.run(
                      MISSING_LINKS,
                      Map.of("incidents", request.incidents(), "products", request.products()))
                  .single();
          List<String> unknownIncidents = missing.get("incidents").asList(Value::asString);
          if (!unknownIncidents.isEmpty()) {
            throw new InvalidFieldException("incidents", unknownIncidents, "no such incident");
          }
          List<String> unknownProducts = missing.get("products").asList(Value::asString);
          if (!unknownProducts.isEmpty()) {
            throw new InvalidFieldException(
                "products", unknownProducts, "no such research product");
          }
          String day = at.toLocalDate().toString().replace("-", "");
          long number =
              tx.run(NEXT_NUMBER, Map.of("name", "instruction-" + day))
                  .single()
                  .get("value")
                  .asLong();
          String id = String.format("ZL%s-%04d", day, number);
          Map<String, Object> p = new HashMap<>();
          p.put("id", id);
          p.put("title", request.title());
          p.put("body", request.body());
          p.put("assignee", request.assignee());
          p.put("deadline", request.deadline());
          p.put("priority", request.priority().name());
          p.put("by", by);
          p.put("at", at);
          p.put("source", "api:" + by);
          p.put("incidents", request.incidents());
          p.put("products", request.products());
          tx.run(CREATE, p).consume();
          return find(tx, id).orElseThrow();
        });
  }

  /** Moves the instruction, or throws {@link IllegalTransitionException}; empty if unknown. */
  public Optional<Instruction> move(
      String id, InstructionState to, String by, String note, OffsetDateTime now) {
    OffsetDateTime at = Fields.inChina(now);
    return store.write(
        tx -> {
          var locked = tx.run(LOCK, Map.of("id", id, "at", at)).list();
          if (locked.isEmpty()) {
            return Optional.empty();
          }
          InstructionState from =
              InstructionState.valueOf(locked.getFirst().get("state").asString());
          if (!from.canMoveTo(to)) {
            throw new IllegalTransitionException(id, from, to);
          }
          Map<String, Object> p = new HashMap<>();
          p.put("id", id);
          p.put("to", to.name());
          p.put("from", from.name());
          p.put("by", by);
          p.put("at", at);
          p.put("note", note == null ? "" : note);
          p.put("seq", locked.getFirst().get("steps").asLong());
          tx.run(MOVE, p).consume();
          return find(tx, id);
        });
  }

  public Optional<Instruction> find(String id) {
    return store.read(tx -> find(tx, id));
  }

  /**
   * @param open only open (true) or only closed (false) instructions, or both
   * @param overdueAt only those open and past their deadline at this time
   */
  public List<Instruction> list(
      Optional<Boolean> open,
      Optional<OffsetDateTime> overdueAt,
      Optional<String> assignee,
      Optional<YearMonth> issuedIn,
      int limit) {
    Map<String, Object> p = new HashMap<>();
    p.put("open", open.orElse(null));
    p.put("overdueAt", overdueAt.orElse(null));
    p.put("assignee", assignee.orElse(null));
    p.put(
        "from",
        issuedIn.map(m -> m.atDay(1).atStartOfDay(Fields.CHINA).toOffsetDateTime()).orElse(null));
    p.put(
        "to",
        issuedIn
            .map(m -> m.plusMonths(1).atDay(1).atStartOfDay(Fields.CHINA).toOffsetDateTime())
            .orElse(null));
    p.put("limit", limit);
    return store.read(
        Duration.ofSeconds(30), tx -> tx.run(LIST, p).list(InstructionRepository::toInstruction));
  }

  /** Counts, closure and on-time rates and median time to close of a month's instructions. */
  public List<AssigneeStats> stats(YearMonth month, OffsetDateTime now) {
    List<Instruction> issued =
        list(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(month), 100_000);
    return InstructionStatistics.byAssignee(issued, now);
  }

  private static Optional<Instruction> find(TransactionContext tx, String id) {
    return tx.run(FIND, Map.of("id", id)).stream()
        .findFirst()
        .map(InstructionRepository::toInstruction);
  }

  static Instruction toInstruction(Record r) {
    Value i = r.get("i");
    List<Transition> history = new ArrayList<>();
    r.get("steps").asList(s -> s).stream()
        .sorted((a, b) -> Long.compare(a.get("seq").asLong(), b.get("seq").asLong()))
        .forEach(
            s ->
                history.add(
                    new Transition(
                        s.get("from").isNull()
                            ? null
                            : InstructionState.valueOf(s.get("from").asString()),
                        InstructionState.valueOf(s.get("to").asString()),
                        s.get("by").asString(),
                        StoredValues.time(s.get("at")),
                        s.get("note").asString(""))));
    return new Instruction(
        i.get("id").asString(),
        i.get("title").asString(),
        i.get("body").asString(),
        i.get("assignee").asString(),
        StoredValues.time(i.get("deadline")),
        Priority.valueOf(i.get("priority").asString()),
        InstructionState.valueOf(i.get("state").asString()),
        i.get("issuedBy").asString(),
        StoredValues.time(i.get("issuedAt")),
        i.get("closedAt").isNull()
            ? Optional.empty()
            : Optional.of(StoredValues.time(i.get("closedAt"))),
        r.get("incidents").asList(Value::asString),
        r.get("products").asList(Value::asString),
        history);
  }
}
