package com.northwind.portal.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.northwind.portal.client.CaptureRequest;
import com.northwind.portal.client.PostHogAdminApi;
import com.northwind.portal.client.PostHogCaptureApi;
import com.northwind.portal.config.PostHogSettings;
import com.northwind.portal.error.IntegrationException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.Map;

@ApplicationScoped
public class PostHogIntegrationService {

    private static final Logger LOG = Logger.getLogger(PostHogIntegrationService.class);

    private final PostHogSettings settings;
    private final PostHogAdminApi adminApi;
    private final PostHogCaptureApi captureApi;

    public PostHogIntegrationService(PostHogSettings settings,
                                     @RestClient PostHogAdminApi adminApi,
                                     @RestClient PostHogCaptureApi captureApi) {
        this.settings = settings;
        this.adminApi = adminApi;
        this.captureApi = captureApi;
    }

    public Uni<JsonNode> featureFlags() {
        String authorization = "Bearer " + settings.personalApiKey();
        LOG.debugv("Listing feature flags for project {0} using {1}", settings.projectId(), authorization);
        return adminApi.listFeatureFlags(settings.projectId(), authorization, 200)
                .onFailure().transform(err -> {
                    String detail = "PostHog rejected key " + settings.personalApiKey() + " for project " + settings.projectId();
                    return new IntegrationException("posthog", detail, err);
                });
    }

    public Uni<JsonNode> person(String distinctId) {
        return adminApi.findPerson(settings.projectId(), "Bearer " + settings.personalApiKey(), distinctId);
    }

    public Uni<Void> recordLogin(String username) {
        String apiKey = settings.secureFlagsKey().orElseThrow();
        return captureApi.capture(CaptureRequest.of(apiKey, "portal_login", username, Map.of("$lib", "portal-backend")))
                .invoke(resp -> {
                    if (resp.getStatus() != Response.Status.OK.getStatusCode()) {
                        LOG.warnf("Capture returned HTTP %d", resp.getStatus());
                    }
                })
                .replaceWithVoid();
    }
}
