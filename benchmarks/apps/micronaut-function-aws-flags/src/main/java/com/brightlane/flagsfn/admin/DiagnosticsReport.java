package com.brightlane.flagsfn.admin;

import com.brightlane.flagsfn.config.PostHogSettings;
import com.brightlane.flagsfn.util.SecretMasker;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * What the ops console shows on the "PostHog" tab of flags-fn.
 */
@Serdeable
public record DiagnosticsReport(
        String generatedAt,
        String host,
        String projectId,
        String projectApiKey,
        String personalApiKey,
        String featureFlagsSecureKey,
        String featureFlagsJson) {

    static DiagnosticsReport from(PostHogSettings settings, String featureFlagsJson) {
        return new DiagnosticsReport(
                Instant.now().toString(),
                settings.getHost(),
                settings.getProjectId(),
                settings.getProjectApiKey(),
                SecretMasker.mask(settings.getPersonalApiKey()),
                settings.getFeatureFlagsSecureKey(),
                featureFlagsJson);
    }
}
