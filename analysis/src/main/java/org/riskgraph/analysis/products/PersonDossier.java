package org.riskgraph.analysis.products;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * 人员档案: a person, the timeline of incidents, disputes and supervision, the direct links (people
 * known, vehicles owned and those they travel with, phones and who else uses them), and the
 * controls in force today. Controls that have ended are left out, events and all.
 */
public record PersonDossier(
    Person person,
    List<Event> timeline,
    List<Link> links,
    List<Control> controls,
    ChainSection chains)
    implements ResearchContent {

  public PersonDossier {
    timeline = List.copyOf(timeline);
    links = List.copyOf(links);
    controls = List.copyOf(controls);
  }

  public record Person(
      String id,
      String name,
      String gender,
      LocalDate birthDate,
      String idNumber,
      String villageCode,
      String villageName,
      String townshipName) {}

  /**
   * Something that happened to the person: {@code kind} is INCIDENT (with the role), DISPUTE,
   * CONTROL_START, MISSED_CHECK_IN or VIOLATION; {@code ref} the record as {@code kind:key}.
   */
  public record Event(
      OffsetDateTime at, String kind, String ref, String category, String role, Integer severity) {}

  /**
   * A direct link: {@code type} KNOWS (detail: the kind of acquaintance), OWNS, USES, TRAVELS_WITH
   * (via the person's vehicle; detail: how often seen together) or SHARES_PHONE (via a phone).
   */
  public record Link(String type, String via, String other, String otherName, String detail) {}

  public record Control(
      String id,
      String category,
      String level,
      String legalBasis,
      LocalDate startsOn,
      LocalDate endsOn,
      String officerBadge,
      long checkIns,
      long missedCheckIns,
      long violations) {}

  @Override
  public List<String> subjects() {
    List<String> out = new ArrayList<>();
    out.add("person:" + person.id());
    timeline.forEach(e -> out.add(e.ref()));
    links.forEach(
        l -> {
          if (l.via() != null) {
            out.add(l.via());
          }
          out.add(l.other());
        });
    controls.forEach(c -> out.add("control:" + c.id()));
    chains.pairs().forEach(p -> p.chains().forEach(c -> out.addAll(c.nodes())));
    return out.stream().distinct().toList();
  }
}
