package org.riskgraph.analysis.search;

import java.util.Objects;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.phone.PhoneNumber;

/** A phone number. */
public record PhoneDocument(PhoneNumber number) implements SearchDocument {

  public PhoneDocument {
    Objects.requireNonNull(number, "number");
  }

  public static PhoneDocument of(String number) {
    return new PhoneDocument(PhoneNumber.of(number));
  }

  @Override
  public EntityKind kind() {
    return EntityKind.PHONE;
  }

  @Override
  public String key() {
    return number.value();
  }

  @Override
  public String displayName() {
    return number.value();
  }
}
