package com.acme.flags.infra.posthog;

import com.acme.flags.core.support.PostHogKeyRejectedException;
import com.acme.flags.core.tenant.TenantCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import java.util.List;

/**
 * Thin client for PostHog's private REST API (feature flag definitions).
 */
@Component
public class PostHogAdminApiClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminApiClient.class);

    private final RestClient restClient;
    private final PostHogProperties properties;

    public PostHogAdminApiClient(RestClient.Builder builder, PostHogProperties properties) {
        this.properties = properties;
        this.restClient = builder.baseUrl(properties.adminHost()).build();
    }

    public List<FlagDefinition> listFlags(TenantCredentials credentials) {
        log.debug("Sending {} header to {}", HttpHeaders.AUTHORIZATION, properties.adminHost());
        log.debug("Listing flags of project {} with key {}", credentials.projectId(), credentials.personalApiKey());
        try {
            FlagDefinition.Page page = restClient.get()
                    .uri("/api/projects/{projectId}/feature_flags/?limit=200", credentials.projectId())
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + credentials.personalApiKey())
                    .retrieve()
                    .body(FlagDefinition.Page.class);
            return page == null ? List.of() : page.results();
        } catch (HttpClientErrorException.Unauthorized | HttpClientErrorException.Forbidden e) {
            throw new PostHogKeyRejectedException(credentials.tenantSlug(), credentials.personalApiKey(),
                    e.getStatusCode().value());
        }
    }

    public void setFlagActive(TenantCredentials credentials, long flagId, boolean active) {
        restClient.patch()
                .uri("/api/projects/{projectId}/feature_flags/{flagId}/", credentials.projectId(), flagId)
                .headers(h -> h.setBearerAuth(credentials.personalApiKey()))
                .body(java.util.Map.of("active", active))
                .retrieve()
                .toBodilessEntity();
        log.info("Flag {} of tenant {} set active={}", flagId, credentials.tenantSlug(), active);
    }
}
