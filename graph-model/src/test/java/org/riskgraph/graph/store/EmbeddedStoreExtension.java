package org.riskgraph.graph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One embedded Neo4j per test class, in a temporary folder that is deleted afterwards, emptied
 * before each test. Test methods and constructors receive the {@link GraphStore} as a parameter.
 */
public final class EmbeddedStoreExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(EmbeddedStoreExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    Path dir = Files.createTempDirectory("riskgraph-test-store");
    GraphStore store = GraphStore.open(StoreSettings.embedded(dir));
    context.getStore(NS).put("dir", dir);
    context.getStore(NS).put("store", store);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    GraphStore store = store(context);
    store.autoCommit(
        "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS",
        java.util.Map.of(),
        java.time.Duration.ofMinutes(2));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    store(context).close();
    delete(context.getStore(NS).get("dir", Path.class));
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == GraphStore.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return store(context);
  }

  private static GraphStore store(ExtensionContext context) {
    ExtensionContext classContext = context;
    while (classContext.getStore(NS).get("store") == null && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    return classContext.getStore(NS).get("store", GraphStore.class);
  }

  static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
