package org.riskgraph.api.links;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.riskgraph.analysis.links.LinkGraph;
import org.riskgraph.analysis.links.StoreProjection;
import org.riskgraph.api.importer.ImportCompleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Keeps the in-memory projection fresh: built in the background at start-up, rebuilt after every
 * import and every co-travel derivation, requests made while a build runs folded into one more
 * build. Queries keep using the old projection until the new one is complete. Public for the
 * research products, which look for chains too.
 */
@Component
public class LinkProjection {

  private static final Logger log = LoggerFactory.getLogger(LinkProjection.class);

  private final StoreProjection reader;
  private final Duration warmUpWait;
  private final ExecutorService builder =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "link-projection");
            thread.setDaemon(true);
            return thread;
          });
  private volatile LinkGraph current;
  private long requested;
  private long built;
  private boolean running;

  LinkProjection(StoreProjection reader, LinksProperties links) {
    this.reader = reader;
    this.warmUpWait = links.warmUpWait();
  }

  @EventListener(ApplicationReadyEvent.class)
  void started() {
    synchronized (this) {
      if (requested > 0) {
        return;
      }
    }
    refresh();
  }

  @EventListener
  void imported(ImportCompleted event) {
    refresh();
  }

  /** Asks for a rebuild from the store as it is now; returns at once. */
  synchronized void refresh() {
    requested++;
    if (!running) {
      running = true;
      builder.execute(this::build);
    }
  }

  private void build() {
    while (true) {
      long target;
      synchronized (this) {
        if (built >= requested) {
          running = false;
          notifyAll();
          return;
        }
        target = requested;
      }
      long started = System.nanoTime();
      try {
        LinkGraph graph = reader.read();
        current = graph;
        log.info(
            "Link projection: {} nodes, {} links, {} relationships in {} ms",
            graph.nodeCount(),
            graph.linkCount(),
            graph.edgeCount(),
            (System.nanoTime() - started) / 1_000_000);
      } catch (RuntimeException e) {
        log.error("Link projection could not be read; keeping the previous one", e);
      }
      synchronized (this) {
        built = target;
        notifyAll();
      }
    }
  }

  /** The current projection, waiting for the first one after start-up; 503 if it does not come. */
  public LinkGraph current() {
    LinkGraph graph = current;
    if (graph != null) {
      return graph;
    }
    long deadline = System.nanoTime() + warmUpWait.toNanos();
    synchronized (this) {
      while (current == null && System.nanoTime() < deadline) {
        waitUntil(deadline);
      }
    }
    if (current == null) {
      throw new ResponseStatusException(
          HttpStatus.SERVICE_UNAVAILABLE, "the link projection is still being built");
    }
    return current;
  }

  Optional<LinkGraph> ready() {
    return Optional.ofNullable(current);
  }

  /** Waits until every rebuild asked for so far is done; false on timeout. */
  public synchronized boolean awaitFresh(Duration timeout) {
    long wanted = requested;
    long deadline = System.nanoTime() + timeout.toNanos();
    while (built < wanted && System.nanoTime() < deadline) {
      waitUntil(deadline);
    }
    return built >= wanted;
  }

  private void waitUntil(long deadline) {
    try {
      wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @jakarta.annotation.PreDestroy
  void stop() {
    builder.shutdownNow();
  }
}
