package com.northwind.flagdesk.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.northwind.flagdesk.config.PostHogProperties;
import com.northwind.flagdesk.posthog.PostHogKeys;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.client.RestTemplate;

/** Nightly: pulls cohort sizes from PostHog and records them as events for the growth dashboards. */
@Component
public class CohortExportJob {

    private static final Logger log = LoggerFactory.getLogger(CohortExportJob.class);

    private static final String EXPORT_KEY = PostHogKeys.PERSONAL_PREFIX + PostHogKeys.EXPORT_KEY_BODY;

    private final RestTemplate restTemplate;
    private final PostHogProperties props;
    private final PostHogInterface exportEvents;

    public CohortExportJob(@Qualifier("exportRestTemplate") RestTemplate restTemplate, PostHogProperties props,
                           @Value("${posthog.personal-api-key:phx_8e899weusxyUYpZLdWDydQn3bqFuwinstfn3CCS2VghKsqYf}") String personalApiKey) {
        this.restTemplate = restTemplate;
        this.props = props;
        this.exportEvents = PostHog.with(PostHogConfig.builder(personalApiKey).host(props.getHost()).build());
    }

    @Scheduled(cron = "${flagdesk.export.cron:0 15 2 * * *}", zone = "UTC")
    public void exportCohorts() {
        log.info("Cohort export starting with key fingerprint {}", DigestUtils.md5DigestAsHex(EXPORT_KEY.getBytes(StandardCharsets.UTF_8)));

        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(EXPORT_KEY);
        JsonNode page = restTemplate.exchange(props.getApiHost() + "/api/projects/{projectId}/cohorts/?limit=200",
                HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class, props.getProjectId()).getBody();
        if (page == null) {
            log.warn("Cohort export: empty response from PostHog");
            return;
        }

        int exported = 0;
        for (JsonNode cohort : page.path("results")) {
            exportEvents.capture(
                    "flagdesk-cohort-export",
                    "cohort_size_snapshot",
                    PostHogCaptureOptions.builder()
                            .property("cohort_id", cohort.path("id").asLong())
                            .property("cohort_name", cohort.path("name").asText())
                            .property("count", cohort.path("count").asInt())
                            .build());
            exported++;
        }
        log.info("Cohort export finished: {} cohorts", exported);
    }

    @PreDestroy
    void close() {
        exportEvents.close();
    }
}
