package org.riskgraph.api.search;

import java.security.Principal;
import org.riskgraph.api.security.Access;
import org.riskgraph.api.security.Role;
import org.riskgraph.graph.audit.AuditAction;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The search index for administrators: its state, and a rebuild from the graph on demand (after a
 * restore, say). A rebuild of a county takes minutes, so it runs in the background: the answer is
 * 202 with the state, and {@code GET /api/v1/admin/search} tells when it has finished.
 */
@RestController
class SearchAdminController {

  private final SearchIndexer indexer;

  SearchAdminController(SearchIndexer indexer) {
    this.indexer = indexer;
  }

  @GetMapping("/api/v1/admin/search")
  @Access(Role.ADMIN)
  IndexStatus status() {
    return indexer.status();
  }

  @PostMapping("/api/v1/admin/search/rebuild")
  @Access(value = Role.ADMIN, audit = AuditAction.DERIVATION)
  ResponseEntity<IndexStatus> rebuild(Principal user) {
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(indexer.requestRebuild("requested by " + user.getName()));
  }
}
