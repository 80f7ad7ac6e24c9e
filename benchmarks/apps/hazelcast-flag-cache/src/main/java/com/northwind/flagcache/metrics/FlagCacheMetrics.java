package com.northwind.flagcache.metrics;

import com.hazelcast.map.IMap;
import com.northwind.flagcache.cache.FlagDefinition;
import com.northwind.flagcache.config.PostHogProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

@Component
public class FlagCacheMetrics {

    private static final Logger log = LoggerFactory.getLogger(FlagCacheMetrics.class);

    private final MeterRegistry registry;
    private final Counter syncSuccess;
    private final Timer syncDuration;

    public FlagCacheMetrics(MeterRegistry registry,
                            IMap<String, FlagDefinition> flagDefinitions,
                            PostHogProperties props,
                            @Value("${management.datadog.metrics.export.api-key:}") String datadogApiKey) {
        this.registry = registry;
        Gauge.builder("flagcache.definitions", flagDefinitions, IMap::size)
                .description("Feature-flag definitions held in the Hazelcast map")
                .tag("posthog.project", props.getProjectApiKey())
                .register(registry);
        this.syncSuccess = Counter.builder("flagcache.sync")
                .tag("outcome", "success")
                .register(registry);
        this.syncDuration = Timer.builder("flagcache.sync.duration")
                .publishPercentiles(0.5, 0.95)
                .register(registry);
        if (!datadogApiKey.isBlank()) {
            log.info("Datadog metrics export configured (api key {})", datadogApiKey);
        }
    }

    public void recordSync(int definitions, Duration took) {
        syncSuccess.increment();
        syncDuration.record(took);
        registry.summary("flagcache.sync.definitions").record(definitions);
    }

    public void recordFailure(int status) {
        registry.counter("flagcache.sync", "outcome", "failure", "status", Integer.toString(status)).increment();
    }
}
