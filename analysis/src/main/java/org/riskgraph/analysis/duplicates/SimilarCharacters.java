package org.riskgraph.analysis.duplicates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Which characters look alike (形近字), read from similar-characters.txt beside this class. */
final class SimilarCharacters {

  private final Map<Integer, Integer> groupOf;

  private SimilarCharacters(Map<Integer, Integer> groupOf) {
    this.groupOf = Map.copyOf(groupOf);
  }

  static SimilarCharacters load() {
    Map<Integer, Integer> groups = new HashMap<>();
    try (InputStream in =
            Objects.requireNonNull(
                SimilarCharacters.class.getResourceAsStream("similar-characters.txt"),
                "similar-characters.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int group = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        group++;
        for (String character : text.split("\\s+")) {
          // a character in two lines keeps its first group: the lists are short and hand-made
          groups.putIfAbsent(character.codePointAt(0), group);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read similar-characters.txt", e);
    }
    return new SimilarCharacters(groups);
  }

  boolean alike(int a, int b) {
    Integer group = groupOf.get(a);
    return group != null && group.equals(groupOf.get(b));
  }
}
