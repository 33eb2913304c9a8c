package org.riskgraph.graph.product;

import org.riskgraph.graph.entity.EntityKind;

/** The kinds of research product (研判产品), each about one kind of entity. */
public enum ResearchProductKind {
  /** 警情研判简报: an incident, its people and vehicles, their history and links. */
  INCIDENT_BRIEF(EntityKind.INCIDENT),
  /** 人员档案: a person's timeline, links and supervision. */
  PERSON_DOSSIER(EntityKind.PERSON),
  /** 村情简报: a village's risk history, hotspot status and open disputes. */
  VILLAGE_BRIEF(EntityKind.VILLAGE);

  private final EntityKind subject;

  ResearchProductKind(EntityKind subject) {
    this.subject = subject;
  }

  /** The kind of entity a product of this kind is about. */
  public EntityKind subject() {
    return subject;
  }
}
