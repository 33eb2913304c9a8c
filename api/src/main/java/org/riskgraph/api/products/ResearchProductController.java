package org.riskgraph.api.products;

import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.riskgraph.analysis.render.ReportRenderer;
import org.riskgraph.analysis.reports.Lang;
import org.riskgraph.api.audit.AuditContext;
import org.riskgraph.api.audit.AuditedResult;
import org.riskgraph.api.problem.BadRequestException;
import org.riskgraph.api.problem.UnknownEntityException;
import org.riskgraph.api.security.Access;
import org.riskgraph.api.security.Purpose;
import org.riskgraph.api.security.Role;
import org.riskgraph.graph.audit.AuditAction;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.entity.EntityRef;
import org.riskgraph.graph.product.ResearchProduct;
import org.riskgraph.graph.product.ResearchProductKind;
import org.riskgraph.graph.product.ResearchProductRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Research products (研判产品): an incident brief, a person dossier or a village brief, built from the
 * graph, stored, and read back as JSON or a printable page. Every product names persons, so every
 * endpoint is person-level: ANALYST and COMMAND, with a stated purpose, audited with the records
 * the product names.
 */
@RestController
class ResearchProductController {

  private static final String HTML = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";
  private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
  private static final String ZH = "zh";

  private final ResearchProductService products;
  private final ObjectMapper json;

  ResearchProductController(ResearchProductService products, ObjectMapper json) {
    this.products = products;
    this.json = json;
  }

  @PostMapping(path = "/api/v1/research-products", produces = JSON)
  @ResponseStatus(HttpStatus.CREATED)
  @Access(
      value = {Role.ANALYST, Role.COMMAND},
      personLevel = true,
      audit = AuditAction.RESEARCH_PRODUCT)
  ProductView create(
      @RequestBody CreateRequest body,
      @RequestParam(defaultValue = ZH) Lang lang,
      Authentication user,
      HttpServletRequest request) {
    return view(make(body, user, request));
  }

  @PostMapping(path = "/api/v1/research-products", produces = HTML)
  @ResponseStatus(HttpStatus.CREATED)
  @Access(
      value = {Role.ANALYST, Role.COMMAND},
      personLevel = true,
      audit = AuditAction.RESEARCH_PRODUCT)
  String createPage(
      @RequestBody CreateRequest body,
      @RequestParam(defaultValue = ZH) Lang lang,
      Authentication user,
      HttpServletRequest request) {
    return page(make(body, user, request), lang, request);
  }

  @GetMapping(path = "/api/v1/research-products/{id}", produces = JSON)
  @Access(
      value = {Role.ANALYST, Role.COMMAND},
      personLevel = true,
      audit = AuditAction.RESEARCH_PRODUCT)
  ProductView one(@PathVariable String id, @RequestParam(defaultValue = ZH) Lang lang) {
    return view(find(id));
  }

  @GetMapping(path = "/api/v1/research-products/{id}", produces = HTML)
  @Access(
      value = {Role.ANALYST, Role.COMMAND},
      personLevel = true,
      audit = AuditAction.RESEARCH_PRODUCT)
  String onePage(
      @PathVariable String id,
      @RequestParam(defaultValue = ZH) Lang lang,
      HttpServletRequest request) {
    return page(find(id), lang, request);
  }

  @GetMapping("/api/v1/research-products")
  @Access(
      value = {Role.ANALYST, Role.COMMAND},
      personLevel = true,
      audit = AuditAction.RESEARCH_PRODUCT)
  ProductList list(
      @RequestParam Optional<EntityRef> subject,
      @RequestParam(required = false) String kind,
      @RequestParam(defaultValue = "50") int limit) {
    if (limit < 1 || limit > ResearchProductRepository.MAX_LIMIT) {
      throw BadRequestException.invalid(
          "limit", "limit must be 1.." + ResearchProductRepository.MAX_LIMIT);
    }
    Optional<ResearchProductKind> which =
        Optional.ofNullable(Fields.optionalEnum("kind", kind, ResearchProductKind.class));
    return new ProductList(
        products.list(subject, which, limit).stream().map(ProductSummary::of).toList());
  }

  private ResearchProduct make(
      CreateRequest body, Authentication user, HttpServletRequest request) {
    ResearchProductKind kind = Fields.requireEnum("kind", body.kind(), ResearchProductKind.class);
    EntityRef subject = subject(body.subject());
    if (subject.kind() != kind.subject()) {
      throw BadRequestException.invalid(
          "subject", kind + " is about a " + kind.subject().urlName() + ", not " + subject);
    }
    String stated = AuditContext.of(request).map(AuditContext::purpose).orElse("");
    String purpose =
        body.purpose() == null || body.purpose().isBlank()
            ? stated
            : Purpose.parse(body.purpose())
                .orElseThrow(
                    () ->
                        BadRequestException.invalid(
                            "purpose",
                            "purpose must be a case number or a reason of 8 characters or more"));
    return products.create(kind, subject, user.getName(), purpose);
  }

  private ResearchProduct find(String id) {
    return products
        .find(id)
        .orElseThrow(() -> new UnknownEntityException("research-product:" + id));
  }

  private ProductView view(ResearchProduct product) {
    return ProductView.of(product, json.readTree(product.content()));
  }

  private String page(ResearchProduct product, Lang lang, HttpServletRequest request) {
    AuditContext.of(request).ifPresent(c -> c.addSubjects(ProductView.subjects(product)));
    return ReportRenderer.page(
        lang, ResearchProductService.header(product), products.content(product));
  }

  /** The subject of a new product, a field of the JSON body (a parameter is converted by MVC). */
  private static EntityRef subject(String text) {
    try {
      return EntityRef.parse(text);
    } catch (IllegalArgumentException e) {
      throw BadRequestException.invalid(
          "subject", "subject must look like incident:J20261014000001");
    }
  }

  record CreateRequest(String kind, String subject, String purpose) {}

  /** A stored product with its content and the records it names, as the API shows it. */
  record ProductView(
      String id,
      String kind,
      String subject,
      String purpose,
      String createdBy,
      OffsetDateTime createdAt,
      List<String> subjects,
      JsonNode content)
      implements AuditedResult {

    static ProductView of(ResearchProduct p, JsonNode content) {
      return new ProductView(
          p.id(),
          p.kind().name(),
          p.subject().toString(),
          p.purpose(),
          p.createdBy(),
          p.createdAt(),
          p.subjects(),
          content);
    }

    static List<String> subjects(ResearchProduct p) {
      List<String> out = new ArrayList<>();
      out.add("research-product:" + p.id());
      out.addAll(p.subjects());
      return out;
    }

    @Override
    public List<String> auditSubjects() {
      List<String> out = new ArrayList<>();
      out.add("research-product:" + id);
      out.addAll(subjects);
      return out;
    }
  }

  record ProductSummary(
      String id,
      String kind,
      String subject,
      String purpose,
      String createdBy,
      OffsetDateTime createdAt) {

    static ProductSummary of(ResearchProduct p) {
      return new ProductSummary(
          p.id(),
          p.kind().name(),
          p.subject().toString(),
          p.purpose(),
          p.createdBy(),
          p.createdAt());
    }
  }

  record ProductList(List<ProductSummary> products) implements AuditedResult {
    @Override
    public List<String> auditSubjects() {
      List<String> out = new ArrayList<>();
      for (ProductSummary p : products) {
        out.add("research-product:" + p.id());
        out.add(p.subject());
      }
      return out.stream().distinct().toList();
    }

    @Override
    public long auditResultSize() {
      return products.size();
    }
  }
}
