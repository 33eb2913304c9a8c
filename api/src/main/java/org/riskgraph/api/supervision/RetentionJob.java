package org.riskgraph.api.supervision;

import java.time.LocalDate;
import java.util.List;
import org.riskgraph.api.audit.AuditTrail;
import org.riskgraph.graph.audit.AuditAction;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.control.ControlRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes controls past their retention period, every night, and audits what it deleted. */
@Component
public class RetentionJob {

  private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

  private final ControlRepository controls;
  private final RetentionProperties retention;
  private final AuditTrail audit;

  RetentionJob(ControlRepository controls, RetentionProperties retention, AuditTrail audit) {
    this.controls = controls;
    this.retention = retention;
    this.audit = audit;
  }

  @Scheduled(cron = "${riskgraph.retention.cron:0 30 2 * * *}", zone = "Asia/Shanghai")
  void nightly() {
    purge("scheduler", List.of());
  }

  /** Purges now; returns the ids of the deleted controls. */
  public List<String> purge(String user, List<String> roles) {
    LocalDate today = LocalDate.now(Fields.CHINA);
    List<String> purged = controls.purgeExpired(today, retention.days());
    audit.record(
        user,
        roles,
        AuditAction.PURGE,
        "controls ended before " + today.minusDays(retention.days()),
        purged.stream().map(id -> "control:" + id).toList(),
        "purged " + purged.size());
    log.info("Retention purge: {} controls deleted", purged.size());
    return purged;
  }
}
