package org.riskgraph.api.importer;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import org.riskgraph.api.audit.AuditContext;
import org.riskgraph.api.security.Access;
import org.riskgraph.api.security.Role;
import org.riskgraph.graph.audit.AuditAction;
import org.riskgraph.graph.importer.ImportSummary;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/import}: an NDJSON body in, the import summary out. */
@RestController
class ImportController {

  private final ImportService imports;

  ImportController(ImportService imports) {
    this.imports = imports;
  }

  @PostMapping(
      path = "/api/v1/import",
      consumes = {"application/x-ndjson", "application/json", "text/plain", "application/jsonl"})
  @Access(value = Role.ADMIN, audit = AuditAction.IMPORT)
  ImportSummary importNdjson(HttpServletRequest request, Principal user) throws IOException {
    ImportSummary summary =
        imports.importNdjson(
            request.getInputStream(), request.getContentLengthLong(), "api:" + user.getName());
    AuditContext.of(request).ifPresent(audit -> audit.addSubjects(summary.supervisionChanges()));
    return summary;
  }
}
