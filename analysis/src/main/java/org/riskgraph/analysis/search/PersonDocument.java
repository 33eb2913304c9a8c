package org.riskgraph.analysis.search;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.person.Gender;
import org.riskgraph.graph.person.Person;
import org.riskgraph.graph.person.ResidentId;

/** A person as the search index sees it; the village name lets "张伟 和平村" find him. */
public record PersonDocument(
    String id,
    String name,
    Optional<ResidentId> idNumber,
    Optional<Gender> gender,
    Optional<LocalDate> birthDate,
    Optional<String> villageCode,
    Optional<String> villageName)
    implements SearchDocument {

  public PersonDocument {
    id = Fields.requireKey("id", id);
    name = Fields.requireText("name", name);
    Objects.requireNonNull(idNumber, "idNumber");
    Objects.requireNonNull(gender, "gender");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(villageCode, "villageCode");
    Objects.requireNonNull(villageName, "villageName");
  }

  public static PersonDocument of(Person person) {
    return of(person, Optional.empty());
  }

  public static PersonDocument of(Person person, Optional<String> villageName) {
    return new PersonDocument(
        person.id(),
        person.name(),
        Optional.ofNullable(person.idNumber()),
        Optional.ofNullable(person.gender()),
        Optional.ofNullable(person.birthDate()),
        Optional.ofNullable(person.villageCode()),
        villageName);
  }

  @Override
  public EntityKind kind() {
    return EntityKind.PERSON;
  }

  @Override
  public String key() {
    return id;
  }

  /** The name, and the birth date and village that tell namesakes apart: 张伟 · 1990-05-12 · 和平村. */
  @Override
  public String displayName() {
    return Stream.of(Optional.of(name), birthDate.map(LocalDate::toString), villageName)
        .flatMap(Optional::stream)
        .collect(Collectors.joining(" · "));
  }
}
