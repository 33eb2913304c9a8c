package org.riskgraph.api.store;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.riskgraph.graph.store.GraphStore;
import org.riskgraph.graph.store.StoreSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;

/**
 * Opens the store while Spring builds the rest of the application. Starting Neo4j and its first
 * Cypher statement is over half of a start on a loaded store (about 14 of 25 s on two cores), and
 * nothing else needs it until the first repository is made; so as soon as the settings are known
 * (the environment is prepared) the store is opened on a thread of its own, and the store bean
 * takes that store if its settings are the same. A start that fails before then closes it.
 *
 * <p>Registered by {@code main} only: tests and the import command open the store in the bean.
 */
public final class EarlyStore implements ApplicationListener<ApplicationEvent> {

  private static final Logger log = LoggerFactory.getLogger(EarlyStore.class);
  private static final AtomicReference<Opening> OPENING = new AtomicReference<>();

  private record Opening(StoreSettings settings, CompletableFuture<GraphStore> store) {}

  @Override
  public void onApplicationEvent(ApplicationEvent event) {
    if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
      begin(
          Binder.get(prepared.getEnvironment())
              .bindOrCreate("riskgraph", RiskGraphProperties.class)
              .storeSettings());
    } else if (event instanceof ApplicationFailedEvent) {
      abandon();
    }
  }

  /** Starts opening a store with these settings in the background. */
  static void begin(StoreSettings settings) {
    CompletableFuture<GraphStore> store = new CompletableFuture<>();
    Thread opener =
        Thread.ofPlatform()
            .name("store-opener")
            .daemon()
            .unstarted(
                () -> {
                  try {
                    store.complete(GraphStore.open(settings));
                  } catch (RuntimeException | Error e) {
                    store.completeExceptionally(e);
                  }
                });
    Opening previous = OPENING.getAndSet(new Opening(settings, store));
    if (previous != null) {
      close(previous);
    }
    opener.start();
  }

  /**
   * The store opened in the background, once it is open, if one was begun with these settings; its
   * failure to open is thrown here. Empty if none was begun (or with other settings, which is then
   * closed).
   */
  static Optional<GraphStore> claim(StoreSettings settings) {
    Opening opening = OPENING.getAndSet(null);
    if (opening == null) {
      return Optional.empty();
    }
    if (!opening.settings().equals(settings)) {
      close(opening);
      return Optional.empty();
    }
    try {
      return Optional.of(opening.store().join());
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** Closes a store opened in the background that no bean has taken. */
  static void abandon() {
    Opening opening = OPENING.getAndSet(null);
    if (opening != null) {
      close(opening);
    }
  }

  private static void close(Opening opening) {
    opening
        .store()
        .whenComplete(
            (store, failure) -> {
              if (store != null) {
                log.info("Closing a store opened ahead of a start that did not use it");
                store.close();
              }
            });
  }
}
