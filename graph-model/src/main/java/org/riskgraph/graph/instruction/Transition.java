package org.riskgraph.graph.instruction;

import java.time.OffsetDateTime;

/** One step of an instruction's history: who moved it where, when, and why. */
public record Transition(
    InstructionState from, InstructionState to, String by, OffsetDateTime at, String note) {}
