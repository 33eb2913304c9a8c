package org.riskgraph.analysis.reports;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.riskgraph.analysis.hotspot.EmergingCategory;
import org.riskgraph.graph.dispute.DisputeCategory;
import org.riskgraph.graph.dispute.DisputeStatus;
import org.riskgraph.graph.incident.IncidentCategory;
import org.riskgraph.graph.instruction.InstructionState;

/**
 * The bureau's words for the values that appear in report text (GLOSSARY.md), in both languages,
 * read from {@code words_zh.properties} and {@code words_en.properties} beside this class (key
 * {@code kind.VALUE}). A value the bundles do not know is printed as it is.
 */
public final class Words {

  /** Where the bundles lie; the report templates read the same ones. */
  public static final String BUNDLE = "org.riskgraph.analysis.reports.words";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final ResourceBundle ZH =
      ResourceBundle.getBundle(BUNDLE, Locale.CHINESE, NO_FALLBACK);
  private static final ResourceBundle EN =
      ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, NO_FALLBACK);

  private Words() {}

  public static Text level(String level) {
    return word("level.", level);
  }

  public static Text indicator(String key) {
    return word("indicator.", key);
  }

  public static Text incidentCategory(String category) {
    return word("incident.category.", category);
  }

  public static Text incidentCategory(IncidentCategory category) {
    return incidentCategory(category.name());
  }

  public static Text disputeCategory(DisputeCategory category) {
    return disputeCategory(category.name());
  }

  public static Text disputeCategory(String category) {
    return word("dispute.category.", category);
  }

  public static Text emerging(String category) {
    return word("emerging.", category);
  }

  public static Text emerging(EmergingCategory category) {
    return emerging(category.name());
  }

  public static Text role(String role) {
    return word("role.", role);
  }

  public static Text instructionState(String state) {
    return word("instruction.state.", state);
  }

  public static Text instructionState(InstructionState state) {
    return instructionState(state.name());
  }

  public static Text disputeStatus(DisputeStatus status) {
    return disputeStatus(status.name());
  }

  public static Text disputeStatus(String status) {
    return word("dispute.status.", status);
  }

  public static Text incidentStatus(String status) {
    return word("incident.status.", status);
  }

  private static Text word(String prefix, String value) {
    if (value == null) {
      return new Text("", "");
    }
    return new Text(lookup(ZH, prefix + value, value), lookup(EN, prefix + value, value));
  }

  private static String lookup(ResourceBundle bundle, String key, String fallback) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return fallback;
    }
  }
}
