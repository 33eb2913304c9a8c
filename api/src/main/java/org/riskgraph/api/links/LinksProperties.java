package org.riskgraph.api.links;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the link analyses ({@code riskgraph.links.*}).
 *
 * @param hubDegree nodes with more neighbours than this are hubs, not passed through unless asked
 * @param workBudget relationships one chain search may look at before it stops ({@code truncated})
 * @param queryTimeout the longest a link, neighbourhood or group query may read the store
 * @param projectionTimeout the longest reading the whole projection may take
 * @param warmUpWait how long a query waits for the first projection after start-up, then 503
 * @param expandLimit depth-1 neighbours expanded at most in a depth-2 neighbourhood
 * @param coTravelTimeout the longest one read or write of the co-travel derivation may take
 */
@ConfigurationProperties("riskgraph.links")
public record LinksProperties(
    @DefaultValue("200") int hubDegree,
    @DefaultValue("5000000") long workBudget,
    @DefaultValue("30s") Duration queryTimeout,
    @DefaultValue("10m") Duration projectionTimeout,
    @DefaultValue("60s") Duration warmUpWait,
    @DefaultValue("100") int expandLimit,
    @DefaultValue("5m") Duration coTravelTimeout) {}
