package org.riskgraph.graph.staff;

/** 警务助理 (a village cadre assisting the officer) or 警务网格员 (a grid worker). */
public enum AssistantRole {
  POLICE_ASSISTANT,
  GRID_WORKER
}
