package org.riskgraph.graph.importer;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A validated record, ready to be written: a node or a relationship. */
sealed interface Write permits Write.NodeWrite, Write.RelWrite {

  RawRecord record();

  /**
   * A node with its properties (absent optional ones as nulls, so an update clears them) and, per
   * link of its spec, the keys of the link's targets.
   */
  record NodeWrite(
      NodeSpec spec,
      RawRecord record,
      String key,
      Map<String, Object> props,
      List<List<String>> links)
      implements Write {

    public NodeWrite {
      props = Collections.unmodifiableMap(new HashMap<>(props));
      links = links.stream().map(List::copyOf).toList();
    }
  }

  /** A relationship between two nodes named by their keys. */
  record RelWrite(RelSpec spec, RawRecord record, String from, String to, Map<String, Object> props)
      implements Write {

    public RelWrite {
      props = Collections.unmodifiableMap(new HashMap<>(props));
    }
  }
}
