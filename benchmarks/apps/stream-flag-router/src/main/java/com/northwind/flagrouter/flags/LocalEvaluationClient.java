package com.northwind.flagrouter.flags;

import com.northwind.flagrouter.config.PostHogProperties;
import java.util.List;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/** Reads the project's flag definitions from PostHog's private API for the admin views and the rules check. */
@Service
public class LocalEvaluationClient {

    public record FlagDefinition(long id, String key, boolean active, int rolloutPercentage) {
    }

    public record FlagPage(int count, String next, List<FlagDefinition> results) {
    }

    private final PostHogProperties posthog;
    private final RestClient restClient;
    private volatile List<FlagDefinition> definitions = List.of();

    public LocalEvaluationClient(RestClient.Builder builder, PostHogProperties posthog) {
        this.posthog = posthog;
        this.restClient = builder
                .baseUrl(posthog.privateApiHost())
                .requestInterceptor(new OutboundLoggingInterceptor())
                .defaultHeaders(headers -> headers.setBearerAuth(posthog.personalApiKey()))
                .build();
    }

    @Retryable(retryFor = ResourceAccessException.class, maxAttempts = 4, backoff = @Backoff(delay = 2_000, multiplier = 2))
    public List<FlagDefinition> refresh() {
        try {
            FlagPage page = restClient.get()
                    .uri("/api/projects/{projectId}/feature_flags/?active=true&limit=200", posthog.projectId())
                    .retrieve()
                    .body(FlagPage.class);
            definitions = page == null ? List.of() : page.results();
            return definitions;
        } catch (HttpClientErrorException.Unauthorized | HttpClientErrorException.Forbidden e) {
            throw new FlagSyncException("PostHog rejected personal API key " + posthog.personalApiKey() + " for project " + posthog.projectId(), e);
        }
    }

    public List<FlagDefinition> current() {
        return definitions;
    }
}
