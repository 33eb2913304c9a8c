package org.riskgraph.analysis.products;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.control.ControlRepository;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.entity.EntityRef;
import org.riskgraph.graph.product.PersonFile;
import org.riskgraph.graph.product.ProductFiles;
import org.riskgraph.graph.store.GraphStore;

/**
 * Who is this person? Reads the person, their incidents, disputes and the controls in force today
 * with their lapses, and their direct links, in one read transaction. A control that has ended is
 * left out with its events ({@link ControlRepository#ACTIVE_ON} on today).
 */
public final class PersonDossiers {

  static final int MAX_EVENTS = 200;
  static final int MAX_LINKS = 200;

  static final int CO_INVOLVED_LIMIT = 5;

  private final ProductFiles files;
  private final ChainFinder chains;
  private final Clock clock;

  public PersonDossiers(GraphStore store, ChainFinder chains, Clock clock) {
    this.files = new ProductFiles(store);
    this.chains = chains;
    this.clock = clock;
  }

  /** The chains are looked for after the read transaction, on the link projection. */
  public Optional<PersonDossier> build(String personId) {
    LocalDate today = LocalDate.now(clock.withZone(Fields.CHINA));
    return files
        .person(personId, today, MAX_EVENTS, MAX_LINKS, CO_INVOLVED_LIMIT)
        .map(PersonDossiers::read)
        .map(
            r ->
                new PersonDossier(
                    r.person(), r.timeline(), r.links(), r.controls(), chains.between(r.pairs())));
  }

  private record Read(
      PersonDossier.Person person,
      List<PersonDossier.Event> timeline,
      List<PersonDossier.Link> links,
      List<PersonDossier.Control> controls,
      List<ChainFinder.Pair> pairs) {}

  private static Read read(PersonFile file) {
    PersonFile.PersonCard p = file.person();
    PersonDossier.Person person =
        new PersonDossier.Person(
            p.id(),
            p.name(),
            name(p.gender()),
            p.birthDate(),
            p.idNumber(),
            p.villageCode(),
            p.villageName(),
            p.townshipName());
    List<PersonDossier.Control> controls =
        file.controls().stream()
            .map(
                c ->
                    new PersonDossier.Control(
                        c.id(),
                        name(c.category()),
                        c.level(),
                        c.legalBasis(),
                        c.startsOn(),
                        c.endsOn(),
                        c.officerBadge(),
                        c.checkIns(),
                        c.missedCheckIns(),
                        c.violations()))
            .toList();
    List<PersonDossier.Event> timeline = new ArrayList<>();
    for (PersonFile.Event e : file.events()) {
      timeline.add(
          new PersonDossier.Event(
              e.at(), e.kind(), e.ref(), e.category(), name(e.role()), e.severity()));
    }
    for (PersonDossier.Control c : controls) {
      timeline.add(
          new PersonDossier.Event(
              c.startsOn().atStartOfDay(Fields.CHINA).toOffsetDateTime(),
              "CONTROL_START",
              "control:" + c.id(),
              c.category(),
              null,
              null));
    }
    timeline.sort(Comparator.comparing(PersonDossier.Event::at, Comparator.reverseOrder()));
    List<PersonDossier.Link> links =
        file.links().stream()
            .map(
                l ->
                    new PersonDossier.Link(l.type(), l.via(), l.other(), l.otherName(), l.detail()))
            .toList();
    EntityRef self = new EntityRef(EntityKind.PERSON, p.id());
    List<ChainFinder.Pair> pairs =
        file.coInvolved().stream()
            .map(q -> new ChainFinder.Pair(self, new EntityRef(EntityKind.PERSON, q)))
            .toList();
    return new Read(person, timeline, links, controls, pairs);
  }

  private static String name(Enum<?> constant) {
    return constant == null ? null : constant.name();
  }
}
