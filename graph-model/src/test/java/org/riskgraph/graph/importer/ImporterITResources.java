package org.riskgraph.graph.importer;

import java.nio.file.Path;

/** The hand-written import files of the importer's tests, for other tests to reuse. */
public final class ImporterITResources {

  private ImporterITResources() {}

  /** 31 lines, 21 records created and 8 rejected on an empty store (see {@link ImporterIT}). */
  public static Path small() {
    return ImporterIT.resource("import/small.ndjson");
  }
}
