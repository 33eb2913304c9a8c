package org.riskgraph.analysis.duplicates;

import java.util.List;
import java.util.Set;

/** Prints what the finder reports on a synthetic county, for tuning; not a test. */
public final class DuplicateExplorer {

  public static void main(String[] args) {
    int residents = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int planted = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    double withoutId = args.length > 2 ? Double.parseDouble(args[2]) : 0.03;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
    SyntheticPopulation.Population population =
        SyntheticPopulation.generate(
            new SyntheticPopulation.Config(residents, planted, withoutId, seed));
    long start = System.nanoTime();
    List<DuplicateCandidate> all =
        new DuplicateFinder(DuplicateConfig.defaults().withMinScore(0.05))
            .find(population.persons());
    long ms = (System.nanoTime() - start) / 1_000_000;
    Set<SyntheticPopulation.Pair> truth = population.duplicates();
    System.out.printf("%d persons, %d ms%n", population.persons().size(), ms);
    for (double t : new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9}) {
      System.out.printf(
          "min %.1f: %s%n",
          t, Quality.of(all.stream().filter(c -> c.score() >= t).toList(), truth));
    }
    var byId = new java.util.HashMap<String, PersonFacts>();
    population.persons().forEach(p -> byId.put(p.id(), p));
    System.out.println("-- false positives at 0.3+");
    all.stream()
        .filter(
            c -> c.score() >= 0.3 && !truth.contains(SyntheticPopulation.Pair.of(c.aId(), c.bId())))
        .limit(25)
        .forEach(
            c ->
                System.out.printf(
                    "%.3f %s %s | %s | %s%n",
                    c.score(), show(byId.get(c.aId())), show(byId.get(c.bId())), c.reasons(), ""));
    System.out.println("-- missed at 0.5");
    Set<SyntheticPopulation.Pair> found = new java.util.HashSet<>();
    all.stream()
        .filter(c -> c.score() >= 0.5)
        .forEach(c -> found.add(SyntheticPopulation.Pair.of(c.aId(), c.bId())));
    var scores = new java.util.HashMap<SyntheticPopulation.Pair, DuplicateCandidate>();
    all.forEach(c -> scores.put(SyntheticPopulation.Pair.of(c.aId(), c.bId()), c));
    truth.stream()
        .filter(p -> !found.contains(p))
        .forEach(
            p ->
                System.out.printf(
                    "%s %s | %s%n", show(byId.get(p.a())), show(byId.get(p.b())), scores.get(p)));
  }

  private static String show(PersonFacts p) {
    return p.id()
        + " "
        + p.name()
        + " "
        + p.idNumber().map(Object::toString).orElse("-")
        + " "
        + p.gender().map(Object::toString).orElse("-")
        + " "
        + p.birthDate().map(Object::toString).orElse("-")
        + " "
        + p.villageCode().orElse("-")
        + " "
        + p.phones();
  }
}
