package org.riskgraph.api.guard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits that keep one client from exhausting the service.
 *
 * @param requestsPerSecond sustained requests per client (user, or address when anonymous)
 * @param burst requests a client may make at once before the rate applies
 * @param maxBody the largest request body, except imports
 * @param maxImportBody the largest import body
 * @param loginFailures failed logins per user before it must wait (ten times as many per address)
 * @param maxConcurrent requests served at once; the rest wait up to five seconds
 */
@ConfigurationProperties("riskgraph.guards")
public record GuardProperties(
    @DefaultValue("50") int requestsPerSecond,
    @DefaultValue("200") int burst,
    @DefaultValue("1MB") DataSize maxBody,
    @DefaultValue("2GB") DataSize maxImportBody,
    @DefaultValue("5") int loginFailures,
    @DefaultValue("32") int maxConcurrent) {}
