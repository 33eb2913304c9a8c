package org.riskgraph.graph.instruction;

import java.util.EnumSet;
import java.util.Set;

/**
 * The instruction loop 研 → 交 → 办 → 督 → 结: issued (handed over), acknowledged by the assignee, being
 * handled, reported back, verified by the command hall, closed. A report that does not pass
 * verification goes back to {@link #IN_PROGRESS}; closing is final.
 */
public enum InstructionState {
  ISSUED,
  ACKNOWLEDGED,
  IN_PROGRESS,
  REPORTED,
  VERIFIED,
  CLOSED;

  /** The states this one may move to. */
  public Set<InstructionState> next() {
    return switch (this) {
      case ISSUED -> EnumSet.of(ACKNOWLEDGED);
      case ACKNOWLEDGED -> EnumSet.of(IN_PROGRESS);
      case IN_PROGRESS -> EnumSet.of(REPORTED);
      case REPORTED -> EnumSet.of(VERIFIED, IN_PROGRESS);
      case VERIFIED -> EnumSet.of(CLOSED);
      case CLOSED -> EnumSet.noneOf(InstructionState.class);
    };
  }

  public boolean canMoveTo(InstructionState target) {
    return next().contains(target);
  }

  public boolean open() {
    return this != CLOSED;
  }
}
