package org.riskgraph.graph.instruction;

/** A move the instruction loop does not allow from the instruction's current state. */
public final class IllegalTransitionException extends RuntimeException {

  private final InstructionState from;
  private final InstructionState to;

  public IllegalTransitionException(String id, InstructionState from, InstructionState to) {
    super(
        "instruction "
            + id
            + " is "
            + from
            + " and cannot move to "
            + to
            + (from.next().isEmpty() ? "; it is closed" : "; it may move to " + from.next()));
    this.from = from;
    this.to = to;
  }

  public InstructionState from() {
    return from;
  }

  public InstructionState to() {
    return to;
  }
}
