package com.acme.keycloak.posthog;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Adds users who log in to a static PostHog cohort, through PostHog's private API.
 */
final class CohortSyncClient {

    private static final Logger LOG = Logger.getLogger(CohortSyncClient.class);

    private static final String SANDBOX_REFRESH_TOKEN = String.join("", KeyDefaults.REFRESH_PREFIX, KeyDefaults.SANDBOX_REFRESH_BODY);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final CohortSyncSettings settings;

    CohortSyncClient(CohortSyncSettings settings) {
        this.settings = settings;
    }

    void addToCohort(String distinctId, boolean sandbox) {
        String token = sandbox ? KeyDefaults.SANDBOX_ACCESS_TOKEN : settings.accessToken();
        String bearer = "Bearer " + token;
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.apiHost() + "/api/projects/@current/cohorts/" + settings.cohortId() + "/"))
                .header("Authorization", bearer)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"distinct_ids\":[\"" + distinctId + "\"]}"))
                .timeout(Duration.ofSeconds(10))
                .build();
        LOG.debugf("PostHog request %s %s headers=%s", request.method(), request.uri(), request.headers());
        HttpResponse<String> response = send(request);
        if (response.statusCode() == 401) {
            throw new PostHogForwardingException("PostHog rejected cohort sync with " + bearer, 401);
        }
        if (response.statusCode() >= 300) {
            throw new PostHogForwardingException("Cohort sync failed with HTTP " + response.statusCode(), response.statusCode());
        }
        LOG.debugf("Added %s to PostHog cohort %s", distinctId, settings.cohortId());
    }

    String refreshSandboxToken() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.apiHost() + "/oauth/token/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token=" + SANDBOX_REFRESH_TOKEN))
                .build();
        HttpResponse<String> response = send(request);
        LOG.debugf("Sandbox token refresh returned HTTP %d", response.statusCode());
        return response.body();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PostHogForwardingException("PostHog unreachable: " + e.getMessage(), 503);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PostHogForwardingException("Interrupted while calling PostHog", 503);
        }
    }
}
