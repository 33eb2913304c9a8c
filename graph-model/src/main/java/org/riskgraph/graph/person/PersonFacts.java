package org.riskgraph.graph.person;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.riskgraph.graph.common.Fields;

/**
 * What duplicate detection compares about a person: the registry fields and the phones and plates
 * linked to them. Gender and birth date default to what the resident ID encodes.
 */
public record PersonFacts(
    String id,
    String name,
    Optional<ResidentId> idNumber,
    Optional<Gender> gender,
    Optional<LocalDate> birthDate,
    Optional<String> villageCode,
    Set<String> phones,
    Set<String> plates) {

  public PersonFacts {
    id = Fields.requireKey("id", id);
    name = Fields.requireText("name", name);
    Objects.requireNonNull(idNumber, "idNumber");
    Objects.requireNonNull(villageCode, "villageCode");
    gender = Objects.requireNonNull(gender, "gender").or(() -> idNumber.map(ResidentId::gender));
    birthDate =
        Objects.requireNonNull(birthDate, "birthDate")
            .or(() -> idNumber.map(ResidentId::birthDate));
    phones = Set.copyOf(phones);
    plates = Set.copyOf(plates);
  }

  public static PersonFacts of(
      Person person, Collection<String> phones, Collection<String> plates) {
    return new PersonFacts(
        person.id(),
        person.name(),
        Optional.ofNullable(person.idNumber()),
        Optional.ofNullable(person.gender()),
        Optional.ofNullable(person.birthDate()),
        Optional.ofNullable(person.villageCode()),
        Set.copyOf(phones),
        Set.copyOf(plates));
  }
}
