package org.riskgraph.api.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param days how long an ended control is kept before it is deleted
 * @param cron when the purge runs (server time)
 */
@ConfigurationProperties("riskgraph.retention")
public record RetentionProperties(
    @DefaultValue("365") int days, @DefaultValue("0 30 2 * * *") String cron) {}
