package org.riskgraph.graph.village;

import org.riskgraph.graph.common.Fields;

/** A township (乡镇). */
public record Township(String code, String name) {

  public Township {
    code = Fields.requireKey("code", code);
    name = Fields.requireText("name", name);
  }
}
