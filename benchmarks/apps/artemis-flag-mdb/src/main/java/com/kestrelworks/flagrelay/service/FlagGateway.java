package com.kestrelworks.flagrelay.service;

import com.kestrelworks.flagrelay.config.PostHogSettings;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

@ApplicationScoped
public class FlagGateway {

    private static final Logger LOG = Logger.getLogger(FlagGateway.class);
    private static final String PRIVATE_API = "https://eu.posthog.com/api/projects/@current/feature_flags/";

    @Inject
    PostHogSettings settings;

    @Inject
    PostHogInterface postHog;

    @Inject
    @Named("flagPoller")
    PostHogInterface flagPoller;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public boolean isEnabled(String distinctId, String flagKey) {
        return flagPoller.isFeatureEnabled(distinctId, flagKey, false);
    }

    public Object variant(String distinctId, String flagKey) {
        return flagPoller.getFeatureFlag(distinctId, flagKey);
    }

    public void recordExposure(String distinctId, String flagKey, Object value) {
        postHog.capture(distinctId, "$feature_flag_called",
                Map.<String, Object>of("$feature_flag", flagKey, "$feature_flag_response", String.valueOf(value)));
    }

    public String fetchDefinitions() {
        String secureKey = settings.getSecureFlagsKey();
        LOG.infof("Fetching flag definitions with secure key %s", mask(secureKey));
        HttpRequest request = HttpRequest.newBuilder(URI.create(PRIVATE_API + "?limit=200"))
                .header("Authorization", "Bearer " + secureKey)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        LOG.debugf("GET %s headers=%s", request.uri(), redacted(request.headers()));
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401 || response.statusCode() == 403) {
                throw new FlagRelayException("PostHog rejected flag definitions request for key "
                        + secureKey + " (HTTP " + response.statusCode() + ")", response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new FlagRelayException("Flag definitions unavailable from " + PRIVATE_API, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FlagRelayException("Interrupted while fetching flag definitions", e);
        }
    }

    public boolean warmUp() {
        LOG.debugf("Warming local flag cache, Authorization: Bearer %s", settings.getPersonalApiKey());
        return flagPoller.isFeatureEnabled("flag-relay", "relay-warmup", false);
    }

    static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    static Map<String, String> redacted(HttpHeaders headers) {
        Map<String, String> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.map().forEach((name, values) -> {
            boolean sensitive = name.equalsIgnoreCase("Authorization") || name.equalsIgnoreCase("Cookie");
            out.put(name, sensitive ? "[REDACTED]" : String.join(",", values));
        });
        return out;
    }
}
