package org.riskgraph.analysis.duplicates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pairs worth scoring, found by blocking instead of comparing all n² pairs. Two records are
 * paired when they share a birth date, when their resident IDs are one slip apart (found as a
 * shared deletion neighbour: dropping one digit from each gives the same 16 digits, which covers
 * one wrong and two swapped adjacent digits), when they share a phone or a plate, or when one has
 * no birth date and their names sound the same in the same village. Every pair that can reach the
 * default threshold is in one of these blocks (docs/search.md), so blocking loses nothing there.
 */
final class CandidatePairs {

  /**
   * Digits 1–15 of the ID body are deleted in turn. A slip in digits 16–17 leaves region and birth
   * date alone, so those pairs already share a birth-date block.
   */
  private static final int DELETED_POSITIONS = 15;

  private static final long[] POWERS = new long[18];

  static {
    POWERS[0] = 1;
    for (int i = 1; i < POWERS.length; i++) {
      POWERS[i] = POWERS[i - 1] * 10;
    }
  }

  private final DuplicateConfig config;

  CandidatePairs(DuplicateConfig config) {
    this.config = config;
  }

  /** Each pair once, as {@code (smaller index << 32) | larger index}, sorted. */
  long[] of(List<Profile> profiles) {
    PairBuffer pairs = new PairBuffer();
    byBirthDate(profiles, pairs);
    byIdNeighbours(profiles, pairs);
    bySharedContact(profiles, pairs);
    bySoundWhereBirthDateIsUnknown(profiles, pairs);
    return pairs.sortedUnique();
  }

  private void byBirthDate(List<Profile> profiles, PairBuffer pairs) {
    Map<LocalDate, List<Profile>> blocks = new HashMap<>();
    for (Profile p : profiles) {
      p.facts()
          .birthDate()
          .ifPresent(d -> blocks.computeIfAbsent(d, k -> new ArrayList<>()).add(p));
    }
    for (List<Profile> block : blocks.values()) {
      if (block.size() <= config.maxBlockSize()) {
        pairs.allPairs(block.stream().mapToInt(Profile::index).toArray());
        continue;
      }
      Map<String, List<Integer>> bySurname = new HashMap<>();
      for (Profile p : block) {
        p.surnameInitials()
            .forEach(s -> bySurname.computeIfAbsent(s, k -> new ArrayList<>()).add(p.index()));
      }
      bySurname
          .values()
          .forEach(sub -> pairs.allPairs(sub.stream().mapToInt(Integer::intValue).toArray()));
    }
  }

  private void byIdNeighbours(List<Profile> profiles, PairBuffer pairs) {
    int indexBits = Math.max(18, 32 - Integer.numberOfLeadingZeros(profiles.size()));
    int keyBits = 63 - indexBits;
    long[] keys = new long[profiles.size() * DELETED_POSITIONS];
    int count = 0;
    for (Profile p : profiles) {
      if (!p.hasId()) {
        continue;
      }
      long body = Long.parseLong(p.idBody());
      for (int drop = 0; drop < DELETED_POSITIONS; drop++) {
        long low = POWERS[16 - drop];
        long deleted = body / (low * 10) * low + body % low;
        // a hash collision only adds a pair to score, it never loses one
        long hash = (deleted * 0x9E3779B97F4A7C15L) >>> (64 - keyBits);
        keys[count++] = (hash << indexBits) | p.index();
      }
    }
    long[] sorted = Arrays.copyOf(keys, count);
    Arrays.sort(sorted);
    long indexMask = (1L << indexBits) - 1;
    int start = 0;
    for (int i = 1; i <= sorted.length; i++) {
      if (i == sorted.length || (sorted[i] >>> indexBits) != (sorted[start] >>> indexBits)) {
        if (i - start > 1 && i - start <= config.maxBlockSize()) {
          int[] group = new int[i - start];
          for (int k = start; k < i; k++) {
            group[k - start] = (int) (sorted[k] & indexMask);
          }
          pairs.allPairs(group);
        }
        start = i;
      }
    }
  }

  private void bySharedContact(List<Profile> profiles, PairBuffer pairs) {
    Map<String, List<Integer>> users = new HashMap<>();
    for (Profile p : profiles) {
      p.facts()
          .phones()
          .forEach(n -> users.computeIfAbsent("phone:" + n, k -> new ArrayList<>()).add(p.index()));
      p.facts()
          .plates()
          .forEach(n -> users.computeIfAbsent("plate:" + n, k -> new ArrayList<>()).add(p.index()));
    }
    for (List<Integer> group : users.values()) {
      if (group.size() > 1 && group.size() <= config.maxSharedContact()) {
        pairs.allPairs(group.stream().mapToInt(Integer::intValue).toArray());
      }
    }
  }

  /**
   * Records without a birth date fall through the birth-date blocks; one that sounds like a
   * neighbour in the same village is still paired with it.
   */
  private void bySoundWhereBirthDateIsUnknown(List<Profile> profiles, PairBuffer pairs) {
    Set<String> unknownSounds = new HashSet<>();
    for (Profile p : profiles) {
      if (p.facts().birthDate().isEmpty()) {
        unknownSounds.add(p.soundKey());
      }
    }
    Map<String, List<Profile>> bySound = new HashMap<>();
    for (Profile p : profiles) {
      if (unknownSounds.contains(p.soundKey()) && p.facts().villageCode().isPresent()) {
        String key = p.soundKey() + "|" + p.facts().villageCode().get();
        bySound.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
      }
    }
    for (List<Profile> group : bySound.values()) {
      if (group.size() < 2 || group.size() > config.maxBlockSize()) {
        continue;
      }
      for (Profile unknown : group) {
        if (unknown.facts().birthDate().isEmpty()) {
          for (Profile other : group) {
            if (other != unknown) {
              pairs.add(
                  Math.min(unknown.index(), other.index()),
                  Math.max(unknown.index(), other.index()));
            }
          }
        }
      }
    }
  }

  /** A growable array of packed pairs. */
  private static final class PairBuffer {
    private long[] pairs = new long[1 << 16];
    private int size;

    void allPairs(int[] members) {
      for (int x = 0; x < members.length; x++) {
        for (int y = x + 1; y < members.length; y++) {
          if (members[x] != members[y]) {
            add(Math.min(members[x], members[y]), Math.max(members[x], members[y]));
          }
        }
      }
    }

    void add(int a, int b) {
      if (size == pairs.length) {
        pairs = Arrays.copyOf(pairs, pairs.length * 2);
      }
      pairs[size++] = ((long) a << 32) | b;
    }

    long[] sortedUnique() {
      long[] sorted = Arrays.copyOf(pairs, size);
      Arrays.sort(sorted);
      int unique = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || sorted[i] != sorted[i - 1]) {
          sorted[unique++] = sorted[i];
        }
      }
      return Arrays.copyOf(sorted, unique);
    }
  }
}
