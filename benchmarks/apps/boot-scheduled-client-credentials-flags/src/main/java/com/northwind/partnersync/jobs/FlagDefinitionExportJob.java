package com.northwind.partnersync.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.northwind.partnersync.config.PostHogProperties;
import com.northwind.partnersync.posthog.PostHogKeys;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Nightly audit export: snapshots every feature flag definition of the project to disk so
 * compliance can diff what the batch was gated on, then drops an annotation in PostHog.
 */
@Component
public class FlagDefinitionExportJob {

    private static final Logger log = LoggerFactory.getLogger(FlagDefinitionExportJob.class);

    private final RestTemplate postHogRestTemplate;
    private final PostHogProperties props;
    private final MeterRegistry meterRegistry;
    private final String annotationsAccessToken;
    private final Path exportDir;

    public FlagDefinitionExportJob(@Qualifier("postHogRestTemplate") RestTemplate postHogRestTemplate,
                                   PostHogProperties props,
                                   MeterRegistry meterRegistry,
                                   @Value("${posthog.oauth.access-token:pha_u6fq4wf9M8tdpe7UyRsZbXdcuGmQQ7MSGYS9k9vShm7dMujq}") String annotationsAccessToken,
                                   @Value("${partner.sync.flag-export-dir:/var/lib/partner-sync/flags}") Path exportDir) {
        this.postHogRestTemplate = postHogRestTemplate;
        this.props = props;
        this.meterRegistry = meterRegistry;
        this.annotationsAccessToken = annotationsAccessToken;
        this.exportDir = exportDir;
    }

    @Scheduled(cron = "${posthog.flag-export.cron:0 15 2 * * *}", zone = "UTC")
    public void exportDefinitions() {
        String url = UriComponentsBuilder.fromHttpUrl(PostHogKeys.APP_HOST)
                .path("/api/projects/{projectId}/feature_flags/")
                .queryParam("limit", 200)
                .buildAndExpand(props.getProjectId())
                .toUriString();

        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(props.getPersonalApiKey());
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        HttpEntity<Void> request = new HttpEntity<>(headers);

        try {
            ResponseEntity<String> response = postHogRestTemplate.exchange(url, HttpMethod.GET, request, String.class);
            Files.createDirectories(exportDir);
            Path target = exportDir.resolve("flags-" + LocalDate.now(ZoneOffset.UTC) + ".json");
            Files.writeString(target, response.getBody() == null ? "{}" : response.getBody());
            meterRegistry.counter("posthog.flag.export", "outcome", "success").increment();
            log.info("Exported feature flag definitions to {}", target);

            annotate("Flag definitions exported by partner-sync (" + target.getFileName() + ")");
            captureExportEvent(target);
        } catch (RestClientResponseException e) {
            meterRegistry.counter("posthog.flag.export", "outcome", "http_" + e.getStatusCode().value()).increment();
            log.warn("PostHog rejected flag export {} with {} (request headers {})", url, e.getStatusCode(), request.getHeaders());
        } catch (IOException e) {
            meterRegistry.counter("posthog.flag.export", "outcome", "io_error").increment();
            log.error("Could not write flag export to {}", exportDir, e);
        }
    }

    private void annotate(String content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(annotationsAccessToken);
        headers.setContentType(MediaType.APPLICATION_JSON);
        Map<String, Object> body = Map.of(
                "content", content,
                "scope", "project",
                "date_marker", Instant.now().toString());
        postHogRestTemplate.postForEntity(PostHogKeys.APP_HOST + "/api/projects/" + props.getProjectId() + "/annotations/",
                new HttpEntity<>(body, headers), Void.class);
    }

    /** Raw capture call: the SDK client is shut down by the time the nightly run finishes on some nodes. */
    private void captureExportEvent(Path target) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("api_key", props.getPersonalApiKey());
        payload.put("event", "flag_definitions_exported");
        payload.put("distinct_id", props.getFlagsDistinctId());
        payload.put("properties", Map.of("file", target.getFileName().toString()));

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        postHogRestTemplate.postForEntity(PostHogKeys.INGEST_HOST + "/i/v0/e/", new HttpEntity<>(payload, headers), Void.class);
    }
}
