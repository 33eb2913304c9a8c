package org.riskgraph.analysis.search;

import java.util.List;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.entity.EntityRef;

/**
 * One matching entity: its reference, a name to show, the score it ranked by, and the reasons it
 * matched in words an analyst reads ("name pinyin initials zw", "plate with OCR confusion S→5").
 */
public record SearchHit(
    EntityKind kind, String key, String displayName, float score, List<String> reasons) {

  public SearchHit {
    reasons = List.copyOf(reasons);
  }

  public EntityRef ref() {
    return new EntityRef(kind, key);
  }
}
