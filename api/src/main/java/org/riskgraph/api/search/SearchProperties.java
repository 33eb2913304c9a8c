package org.riskgraph.api.search;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param syncWait how long an import waits for the search index to take in what it changed before
 *     it answers anyway (the index then catches up in the background)
 * @param batch how many entities are read from the graph and indexed at a time
 */
@ConfigurationProperties("riskgraph.search")
public record SearchProperties(
    @DefaultValue("60s") Duration syncWait, @DefaultValue("5000") int batch) {}
