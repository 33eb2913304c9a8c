package org.riskgraph.analysis.products;

import java.util.List;

/**
 * Link chains between the persons of a product, pair by pair, from the link analysis: each chain
 * with its nodes and one sentence per hop. {@code status} says whether chains were looked for and
 * found ({@code FOUND}, {@code NONE}), or why not ({@code UNAVAILABLE}, {@code TOO_FEW}).
 */
public record ChainSection(String status, String note, List<PairChains> pairs) {

  public ChainSection {
    pairs = List.copyOf(pairs);
  }

  public static ChainSection unavailable(String why) {
    return new ChainSection("UNAVAILABLE", why, List.of());
  }

  /** The chains between two entities, shortest first. */
  public record PairChains(
      String from,
      String fromName,
      String to,
      String toName,
      List<LinkChain> chains,
      boolean truncated) {
    public PairChains {
      chains = List.copyOf(chains);
    }
  }

  /**
   * One chain: its nodes as {@code kind:key} with display names, the relationship type of each hop,
   * and a sentence per hop.
   */
  public record LinkChain(
      int length,
      List<String> nodes,
      List<String> names,
      List<String> types,
      List<String> sentences) {
    public LinkChain {
      nodes = List.copyOf(nodes);
      names = List.copyOf(names);
      types = List.copyOf(types);
      sentences = List.copyOf(sentences);
    }
  }
}
