package org.riskgraph.graph.person;

import java.time.LocalDate;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.common.InvalidFieldException;

/**
 * A resident. The resident ID, when present, must agree with the gender and birth date given beside
 * it; where those are missing they are taken from the ID.
 */
public record Person(
    String id,
    String name,
    ResidentId idNumber,
    Gender gender,
    LocalDate birthDate,
    String villageCode) {

  public Person {
    id = Fields.requireKey("id", id);
    name = Fields.requireText("name", name);
    if (name.length() > 40) {
      throw new InvalidFieldException("name", name, "is longer than 40 characters");
    }
    villageCode = Fields.optionalText("villageCode", villageCode);
    if (idNumber != null) {
      if (gender != null && gender != idNumber.gender()) {
        throw new InvalidFieldException(
            "gender", gender, "disagrees with idNumber, which encodes " + idNumber.gender());
      }
      if (birthDate != null && !birthDate.equals(idNumber.birthDate())) {
        throw new InvalidFieldException(
            "birthDate",
            birthDate,
            "disagrees with idNumber, which encodes " + idNumber.birthDate());
      }
      gender = idNumber.gender();
      birthDate = idNumber.birthDate();
    }
    if (birthDate != null && birthDate.isAfter(LocalDate.now())) {
      throw new InvalidFieldException("birthDate", birthDate, "is in the future");
    }
  }
}
