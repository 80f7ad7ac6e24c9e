package com.acme.flagadmin.posthog;

import com.acme.flagadmin.audit.PostHogAuditForwarder;
import com.acme.flagadmin.config.PostHogProperties;
import com.acme.flagadmin.web.dto.FeatureFlagDto;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;

@Service
public class FlagAdminService {

    enum ApiKeyKind { PERSONAL, FEATURE_FLAGS_SECURE, PROJECT }

    private static final Logger log = LoggerFactory.getLogger(FlagAdminService.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final WebClient postHogAdminClient;
    private final WebClient auditClient;
    private final PostHogProperties posthog;
    private final PostHogAuditForwarder auditForwarder;

    public FlagAdminService(@Qualifier("postHogAdminClient") WebClient postHogAdminClient,
            @Qualifier("auditClient") WebClient auditClient,
            PostHogProperties posthog,
            PostHogAuditForwarder auditForwarder) {
        this.postHogAdminClient = postHogAdminClient;
        this.auditClient = auditClient;
        this.posthog = posthog;
        this.auditForwarder = auditForwarder;
    }

    public List<FeatureFlagDto> listFlags() {
        ApiKeyKind apiKey = ApiKeyKind.PERSONAL;
        log.info("Listing feature flags of project {} with {} credentials", posthog.projectId(), apiKey);
        try {
            FeatureFlagDto.Page page = postHogAdminClient.get()
                    .uri("/api/projects/{projectId}/feature_flags/", posthog.projectId())
                    .retrieve()
                    .bodyToMono(FeatureFlagDto.Page.class)
                    .block(TIMEOUT);
            return page == null ? List.of() : page.results();
        } catch (WebClientResponseException ex) {
            throw upstreamFailure("list feature flags", ex);
        }
    }

    public FeatureFlagDto setActive(long flagId, boolean active, String actor) {
        FeatureFlagDto updated;
        try {
            updated = postHogAdminClient.patch()
                    .uri("/api/projects/{projectId}/feature_flags/{id}/", posthog.projectId(), flagId)
                    .bodyValue(Map.of("active", active))
                    .retrieve()
                    .bodyToMono(FeatureFlagDto.class)
                    .block(TIMEOUT);
        } catch (WebClientResponseException ex) {
            throw upstreamFailure("update feature flag " + flagId, ex);
        }
        if (updated == null) {
            throw new IllegalStateException("PostHog returned an empty body for flag " + flagId);
        }

        // Token relay: the audit service checks the caller's JWT itself.
        auditClient.post()
                .uri("/api/audit-events")
                .bodyValue(Map.of("type", "feature_flag.toggled", "flagKey", updated.key(), "active", active))
                .retrieve()
                .toBodilessEntity()
                .block(TIMEOUT);

        auditForwarder.forward(actor, updated.key(), active);
        return updated;
    }

    private PostHogAdminException upstreamFailure(String action, WebClientResponseException ex) {
        String detail = "PostHog admin API could not " + action
                + " (project " + posthog.projectId() + ", key " + posthog.personalApiKey() + "): "
                + ex.getStatusCode();
        return new PostHogAdminException(detail, ex.getStatusCode().value(), ex);
    }
}
