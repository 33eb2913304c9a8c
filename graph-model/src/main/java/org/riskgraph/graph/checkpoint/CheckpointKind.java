package org.riskgraph.graph.checkpoint;

/** Sensing devices: plate-reading checkpoints, ordinary cameras, high-point panoramas. */
public enum CheckpointKind {
  ANPR,
  CCTV,
  PANORAMA
}
