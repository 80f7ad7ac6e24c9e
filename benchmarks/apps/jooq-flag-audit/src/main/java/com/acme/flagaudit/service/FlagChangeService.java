package com.acme.flagaudit.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.acme.flagaudit.config.PostHogProperties;
import com.acme.flagaudit.repository.FlagAuditRepository;
import com.acme.flagaudit.support.PostHogKeys;
import com.acme.flagaudit.support.PostHogKeys.KeyKind;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.posthog.java.PostHog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.client.RestClient;

@Service
public class FlagChangeService {

    private static final Logger log = LoggerFactory.getLogger(FlagChangeService.class);
    private static final String ACTIVITY_PATH = "/api/projects/{projectId}/feature_flags/activity";

    private final FlagAuditRepository repository;
    private final PostHogProperties properties;
    private final RestClient restClient;
    private final String personalApiKey;
    private final PostHog auditCapture;

    public FlagChangeService(FlagAuditRepository repository,
                             PostHogProperties properties,
                             RestClient.Builder restClientBuilder,
                             @Value("${posthog.personal-api-key:phx_4BKWPypmCJ6JrCCBMmJ3WlfhgdUk1foUCaagAAVJa4jVpVh}") String personalApiKey,
                             @Value("${posthog.feature-flags-secure-api-key}") String flagsSecureKey) {
        this.repository = repository;
        this.properties = properties;
        this.personalApiKey = personalApiKey;
        this.restClient = restClientBuilder.baseUrl(properties.getApiHost()).build();
        this.auditCapture = new PostHog.Builder(flagsSecureKey)
                .host(properties.getHost())
                .build();
        log.info("Flag activity sync configured, key fingerprint {}", PostHogKeys.sha256Hash(personalApiKey));
    }

    @Scheduled(fixedDelayString = "${audit.sync.interval:PT5M}")
    public void scheduledSync() {
        try {
            int inserted = syncNow();
            log.info("Scheduled flag activity sync stored {} new changes", inserted);
        } catch (PostHogApiException ex) {
            log.warn("Scheduled flag activity sync failed with HTTP {}", ex.getStatusCode());
        }
    }

    @Transactional
    public int syncNow() {
        KeyKind token = PostHogKeys.kindOf(personalApiKey);
        log.debug("Syncing flag activity for project {} using a {} key", properties.getProjectId(), token);

        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(personalApiKey);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        log.debug("GET {} with headers {}", ACTIVITY_PATH, headers);

        ActivityPage page = restClient.get()
                .uri(ACTIVITY_PATH, properties.getProjectId())
                .headers(h -> h.addAll(headers))
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    int status = response.getStatusCode().value();
                    throw new PostHogApiException(status,
                            "PostHog rejected activity request for project " + properties.getProjectId()
                                    + " with personal API key " + personalApiKey + " (HTTP " + status + ")");
                })
                .body(ActivityPage.class);

        if (page == null || page.results() == null) {
            return 0;
        }
        int inserted = 0;
        for (ActivityEntry entry : page.results()) {
            if (repository.existsActivity(entry.id())) {
                continue;
            }
            String actorEmail = entry.user() != null ? entry.user().email() : null;
            String flagKey = entry.detail() != null ? entry.detail().name() : entry.itemId();
            repository.insert(entry.id(), flagKey, entry.activity(), actorEmail,
                    entry.beforeJson(), entry.afterJson(), entry.createdAt(), token);
            auditCapture.capture(actorEmail != null ? actorEmail : "posthog-system",
                    "feature flag changed",
                    Map.of("flag_key", flagKey, "change_type", entry.activity()));
            inserted++;
        }
        return inserted;
    }

    public record ActivityPage(List<ActivityEntry> results, String next) {
    }

    public record ActivityEntry(String id,
                                String activity,
                                String scope,
                                @JsonProperty("item_id") String itemId,
                                ActivityDetail detail,
                                ActivityUser user,
                                @JsonProperty("created_at") OffsetDateTime createdAt) {

        String beforeJson() {
            return changeSide("before");
        }

        String afterJson() {
            return changeSide("after");
        }

        private String changeSide(String side) {
            if (detail == null || detail.changes() == null || detail.changes().isEmpty()) {
                return null;
            }
            JsonNode value = detail.changes().get(0).get(side);
            return value == null || value.isNull() ? null : value.toString();
        }
    }

    public record ActivityDetail(String name, List<JsonNode> changes) {
    }

    public record ActivityUser(@JsonProperty("first_name") String firstName, String email) {
    }
}
