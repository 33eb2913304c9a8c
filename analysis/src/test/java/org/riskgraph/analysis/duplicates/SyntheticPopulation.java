package org.riskgraph.analysis.duplicates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.riskgraph.analysis.search.ChinesePinyin;
import org.riskgraph.graph.person.Gender;
import org.riskgraph.graph.person.PersonFacts;
import org.riskgraph.graph.person.ResidentId;

/**
 * A county's residents with planted duplicates, for calibrating and benchmarking the duplicate
 * finder. Residents live in households (shared surname, village and sometimes a landline or car);
 * most have a resident ID, a few do not. Each planted duplicate copies a resident with a varied
 * name ({@link NameVariants}) and either an ID with two adjacent sequence digits swapped (check
 * character recomputed) or no ID but the same birth date and gender; some keep the phone or the
 * village.
 */
public final class SyntheticPopulation {

  public record Config(int residents, int duplicates, double withoutIdRate, long seed) {}

  public record Pair(String a, String b) {
    public static Pair of(String x, String y) {
      return x.compareTo(y) < 0 ? new Pair(x, y) : new Pair(y, x);
    }
  }

  public record Population(List<PersonFacts> persons, Set<Pair> duplicates) {}

  private static final String HOME_REGION = "532325";
  private static final String[] OTHER_REGIONS = {
    "530102", "530111", "532301", "532322", "532323", "532324", "532326", "532327", "532328",
    "532329", "532331", "530302", "530421", "533102"
  };
  private static final int VILLAGES = 89;
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  private final Random random;
  private final Config config;
  private final ChineseNames names = new ChineseNames();
  private final NameVariants variants = new NameVariants(new ChinesePinyin());
  private final Set<String> idBodies = new HashSet<>();
  private final Set<String> numbers = new HashSet<>();

  private SyntheticPopulation(Config config) {
    this.config = config;
    this.random = new Random(config.seed());
  }

  public static Population generate(Config config) {
    return new SyntheticPopulation(config).build();
  }

  private Population build() {
    List<PersonFacts> residents = new ArrayList<>(config.residents() + config.duplicates());
    while (residents.size() < config.residents()) {
      household(residents);
    }
    List<PersonFacts> persons = new ArrayList<>(residents.subList(0, config.residents()));
    Set<Pair> truth = new HashSet<>();
    List<PersonFacts> withId = persons.stream().filter(p -> p.idNumber().isPresent()).toList();
    Set<String> copied = new HashSet<>();
    for (int n = 0; truth.size() < config.duplicates(); n++) {
      PersonFacts original = withId.get(random.nextInt(withId.size()));
      if (!copied.add(original.id())) {
        continue;
      }
      PersonFacts copy = duplicate(original, "X" + n);
      persons.add(copy);
      truth.add(Pair.of(original.id(), copy.id()));
    }
    return new Population(List.copyOf(persons), Set.copyOf(truth));
  }

  private void household(List<PersonFacts> out) {
    String village = "V%03d".formatted(1 + random.nextInt(VILLAGES));
    String surname = names.surname(random);
    Optional<String> landline =
        random.nextDouble() < 0.15 ? Optional.of(number("0878", 7)) : Optional.empty();
    Optional<String> car = random.nextDouble() < 0.25 ? Optional.of(plate()) : Optional.empty();
    int size = 1 + random.nextInt(5);
    int headAge = 22 + random.nextInt(60);
    for (int m = 0; m < size; m++) {
      int member = m;
      boolean spouse = member == 1;
      int age =
          member <= 1
              ? Math.max(18, headAge + random.nextInt(7) - 3)
              : Math.max(0, headAge - 20 - random.nextInt(15));
      boolean male = member == 0 ? random.nextBoolean() : random.nextBoolean();
      String name = (spouse ? names.surname(random) : surname) + names.givenName(male, random);
      Set<String> phones = new HashSet<>();
      if (age >= 16 && random.nextDouble() < 0.75) {
        phones.add(number("1" + (3 + random.nextInt(7)), 9));
      }
      landline.filter(l -> age >= 18).ifPresent(phones::add);
      Set<String> plates = new HashSet<>();
      car.filter(c -> member <= 1).ifPresent(plates::add);
      out.add(resident("R" + out.size(), name, male, birthDate(age), village, phones, plates));
    }
  }

  private PersonFacts resident(
      String id,
      String name,
      boolean male,
      LocalDate born,
      String village,
      Set<String> phones,
      Set<String> plates) {
    Gender gender = male ? Gender.M : Gender.F;
    if (random.nextDouble() < config.withoutIdRate()) {
      boolean knownBirth = random.nextBoolean();
      return new PersonFacts(
          id,
          name,
          Optional.empty(),
          knownBirth ? Optional.of(gender) : Optional.empty(),
          knownBirth ? Optional.of(born) : Optional.empty(),
          Optional.of(village),
          phones,
          plates);
    }
    return new PersonFacts(
        id,
        name,
        Optional.of(residentId(born, male)),
        Optional.empty(),
        Optional.empty(),
        Optional.of(village),
        phones,
        plates);
  }

  private PersonFacts duplicate(PersonFacts original, String id) {
    String name = variants.vary(original.name(), random);
    Optional<ResidentId> swapped =
        random.nextBoolean()
            ? original.idNumber().flatMap(this::swapSequenceDigits)
            : Optional.empty();
    Set<String> phones = new HashSet<>();
    double phone = random.nextDouble();
    if (phone < 0.4) {
      phones.addAll(original.phones());
    } else if (phone < 0.7) {
      phones.add(number("1" + (3 + random.nextInt(7)), 9));
    }
    Optional<String> village =
        random.nextBoolean()
            ? original.villageCode()
            : Optional.of("V%03d".formatted(1 + random.nextInt(VILLAGES)));
    return new PersonFacts(
        id,
        name,
        swapped,
        swapped.isPresent() ? Optional.empty() : original.gender(),
        swapped.isPresent() ? Optional.empty() : original.birthDate(),
        village,
        phones,
        random.nextDouble() < 0.1 ? original.plates() : Set.of());
  }

  /** Two adjacent digits of the three-digit sequence swapped, the check character recomputed. */
  private Optional<ResidentId> swapSequenceDigits(ResidentId id) {
    String body = id.value().substring(0, 17);
    int first = random.nextBoolean() ? 14 : 15;
    for (int at : new int[] {first, 29 - first}) {
      if (body.charAt(at) != body.charAt(at + 1)) {
        String swapped =
            body.substring(0, at) + body.charAt(at + 1) + body.charAt(at) + body.substring(at + 2);
        if (idBodies.add(swapped)) {
          return Optional.of(ResidentId.of(swapped + ResidentId.checkCharacter(swapped)));
        }
      }
    }
    return Optional.empty();
  }

  private ResidentId residentId(LocalDate born, boolean male) {
    String region =
        random.nextDouble() < 0.8
            ? HOME_REGION
            : OTHER_REGIONS[random.nextInt(OTHER_REGIONS.length)];
    String date = born.toString().replace("-", "");
    while (true) {
      int sequence = random.nextInt(100) * 10 + 2 * random.nextInt(5) + (male ? 1 : 0);
      String body = region + date + "%03d".formatted(sequence);
      if (idBodies.add(body)) {
        return ResidentId.of(body + ResidentId.checkCharacter(body));
      }
    }
  }

  /** Ages as given; one in fifty of the elderly registered on 1 January for want of a record. */
  private LocalDate birthDate(int age) {
    LocalDate date = TODAY.minusYears(age).minusDays(random.nextInt(365));
    return age > 50 && random.nextDouble() < 0.02 ? date.withDayOfYear(1) : date;
  }

  private String number(String prefix, int digits) {
    while (true) {
      StringBuilder out = new StringBuilder(prefix);
      for (int i = 0; i < digits; i++) {
        out.append(random.nextInt(10));
      }
      if (numbers.add(out.toString())) {
        return out.toString();
      }
    }
  }

  private String plate() {
    String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    while (true) {
      StringBuilder out = new StringBuilder("云E");
      for (int i = 0; i < 5; i++) {
        out.append(
            i < 2
                ? letters.charAt(random.nextInt(letters.length()))
                : (char) ('0' + random.nextInt(10)));
      }
      if (numbers.add(out.toString())) {
        return out.toString();
      }
    }
  }
}
