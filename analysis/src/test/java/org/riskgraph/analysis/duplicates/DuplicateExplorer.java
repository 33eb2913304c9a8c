package org.riskgraph.analysis.duplicates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.riskgraph.graph.person.PersonFacts;

/**
 * Prints what the finder reports on a synthetic county at thresholds 0.1 to 0.9, with the false
 * positives and the misses, for tuning the weights. Not a test. Arguments: residents, planted
 * duplicates, share of residents without ID, seed; or {@code fixtures tiny|county|large seed} for a
 * county of the fixtures generator, scored against its ground truth.
 */
public final class DuplicateExplorer {

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("fixtures")) {
      org.riskgraph.fixtures.County county =
          org.riskgraph.fixtures.CountyGenerator.generate(
              org.riskgraph.fixtures.spec.Scale.parse(args.length > 1 ? args[1] : "county"),
              args.length > 2 ? Long.parseLong(args[2]) : 42,
              org.riskgraph.fixtures.spec.Plants.ALL);
      explore(CountyFacts.of(county), CountyFacts.truth(county));
      return;
    }
    int residents = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int planted = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    double withoutId = args.length > 2 ? Double.parseDouble(args[2]) : 0.03;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
    SyntheticPopulation.Population county =
        SyntheticPopulation.generate(
            new SyntheticPopulation.Config(residents, planted, withoutId, seed));
    explore(county.persons(), county.duplicates());
  }

  private static void explore(List<PersonFacts> persons, Set<SyntheticPopulation.Pair> truth) {
    long start = System.nanoTime();
    List<DuplicateCandidate> all =
        new DuplicateFinder(DuplicateConfig.defaults().withMinScore(0.05)).find(persons);
    System.out.printf(
        "%d persons, %d ms%n", persons.size(), (System.nanoTime() - start) / 1_000_000);
    for (int tenths = 1; tenths <= 9; tenths++) {
      double min = tenths / 10.0;
      System.out.printf(
          "min %.1f: %s%n",
          min, Quality.of(all.stream().filter(c -> c.score() >= min).toList(), truth));
    }
    Map<String, PersonFacts> byId = new HashMap<>();
    persons.forEach(p -> byId.put(p.id(), p));
    System.out.println("-- false positives at 0.3 and above");
    all.stream()
        .filter(c -> c.score() >= 0.3 && !truth.contains(pair(c)))
        .limit(25)
        .forEach(
            c ->
                System.out.printf(
                    "%.3f %s | %s | %s%n",
                    c.score(), show(byId.get(c.aId())), show(byId.get(c.bId())), c.reasons()));
    System.out.println("-- planted pairs below 0.5");
    Map<SyntheticPopulation.Pair, DuplicateCandidate> scored =
        all.stream().collect(Collectors.toMap(DuplicateExplorer::pair, c -> c));
    truth.stream()
        .filter(p -> !scored.containsKey(p) || scored.get(p).score() < 0.5)
        .forEach(
            p ->
                System.out.printf(
                    "%s | %s | %s%n", show(byId.get(p.a())), show(byId.get(p.b())), scored.get(p)));
  }

  private static SyntheticPopulation.Pair pair(DuplicateCandidate c) {
    return SyntheticPopulation.Pair.of(c.aId(), c.bId());
  }

  private static String show(PersonFacts p) {
    return String.join(
        " ",
        p.id(),
        p.name(),
        p.idNumber().map(Object::toString).orElse("-"),
        p.gender().map(Object::toString).orElse("-"),
        p.birthDate().map(Object::toString).orElse("-"),
        p.villageCode().orElse("-"),
        p.phones().toString());
  }
}
