package org.riskgraph.api.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riskgraph.graph.store.GraphStore;
import org.riskgraph.graph.store.StoreSettings;

class EarlyStoreIT {

  @Test
  void theBeanTakesTheStoreOpenedAheadWithTheSameSettingsOnce(@TempDir Path dir) {
    // Given a store being opened ahead of the application
    StoreSettings settings = StoreSettings.embedded(dir);
    EarlyStore.begin(settings);

    // When the bean asks for it, twice
    Optional<GraphStore> first = EarlyStore.claim(settings);
    Optional<GraphStore> second = EarlyStore.claim(settings);

    // Then the first gets the open store and the second opens its own
    assertThat(first).isPresent();
    try (GraphStore store = first.orElseThrow()) {
      assertThat(store.ping()).isTrue();
    }
    assertThat(second).isEmpty();
  }

  @Test
  void aStoreNobodyTakesIsClosedSoTheDataDirectoryCanBeOpenedAgain(@TempDir Path dir)
      throws Exception {
    // Given a store opened ahead for other settings, or by a start that failed
    EarlyStore.begin(StoreSettings.embedded(dir.resolve("other")));
    assertThat(EarlyStore.claim(StoreSettings.embedded(dir.resolve("mine")))).isEmpty();
    EarlyStore.begin(StoreSettings.embedded(dir.resolve("failed-start")));
    EarlyStore.abandon();

    // Then both are closed: their directories open again (an open embedded store locks its own)
    for (String name : new String[] {"other", "failed-start"}) {
      GraphStore reopened = openWhenReleased(dir.resolve(name));
      try (reopened) {
        assertThat(reopened.ping()).as(name).isTrue();
      }
    }
  }

  /** The background close may still be finishing: try for up to a minute. */
  private static GraphStore openWhenReleased(Path dir) throws InterruptedException {
    RuntimeException last = null;
    for (int attempt = 0; attempt < 60; attempt++) {
      try {
        return GraphStore.open(StoreSettings.embedded(dir));
      } catch (RuntimeException e) {
        last = e;
        Thread.sleep(1000);
      }
    }
    throw last;
  }
}
