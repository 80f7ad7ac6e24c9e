package com.northwind.flaggate.integration;

import com.northwind.flaggate.config.PostHogSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Thin JAX-RS client over PostHog's private REST API (feature flag definitions).
 */
@ApplicationScoped
public class PostHogAdminClient {

    @Inject
    PostHogSettings settings;

    private Client client;

    @PostConstruct
    void init() {
        client = ClientBuilder.newBuilder()
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(20, TimeUnit.SECONDS)
                .build();
    }

    @PreDestroy
    void shutdown() {
        client.close();
    }

    public List<FeatureFlagDto> listFeatureFlags() {
        String personalKey = settings.personalApiKey();
        List<FeatureFlagDto> flags = new ArrayList<>();
        String url = settings.appHost() + "/api/projects/" + settings.projectId() + "/feature_flags/?limit=200";
        while (url != null) {
            try (Response response = client.target(url)
                    .request(MediaType.APPLICATION_JSON_TYPE)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + personalKey)
                    .get()) {
                if (response.getStatus() == 401 || response.getStatus() == 403) {
                    throw new PostHogApiException("PostHog rejected personal API key " + personalKey
                            + " for project " + settings.projectId(), response.getStatus());
                }
                if (response.getStatus() >= 300) {
                    throw new PostHogApiException("PostHog answered " + response.getStatus() + " for " + url,
                            response.getStatus());
                }
                FeatureFlagDto.Page page = response.readEntity(FeatureFlagDto.Page.class);
                flags.addAll(page.results());
                url = page.next();
            } catch (ProcessingException e) {
                throw new PostHogApiException("PostHog unreachable: " + e.getMessage(), 503, e);
            }
        }
        return flags;
    }
}
