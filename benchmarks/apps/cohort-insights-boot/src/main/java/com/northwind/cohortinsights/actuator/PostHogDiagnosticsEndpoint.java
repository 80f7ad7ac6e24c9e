package com.northwind.cohortinsights.actuator;

import com.northwind.cohortinsights.config.KeyMasker;
import com.northwind.cohortinsights.config.PostHogProperties;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/**
 * {@code GET /actuator/posthog}: lets on-call check which key a pod runs with
 * (compare the fingerprint with the one in the vault entry) without showing it.
 */
@Component
@Endpoint(id = "posthog")
public class PostHogDiagnosticsEndpoint {

    private final PostHogProperties properties;

    public PostHogDiagnosticsEndpoint(PostHogProperties properties) {
        this.properties = properties;
    }

    @ReadOperation
    public PostHogDiagnostics diagnostics() {
        String personalKey = properties.personalApiKey();
        return new PostHogDiagnostics(
                properties.apiHost(),
                properties.projectId(),
                personalKey == null ? null : KeyMasker.sha256Fingerprint(personalKey),
                personalKey == null ? 0 : personalKey.length());
    }

    public record PostHogDiagnostics(String apiHost, long projectId, String personalKeyFingerprint, int personalKeyLength) {
    }
}
