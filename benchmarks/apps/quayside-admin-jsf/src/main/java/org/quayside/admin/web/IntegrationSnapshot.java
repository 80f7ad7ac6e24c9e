package org.quayside.admin.web;

import java.time.Instant;
import org.quayside.admin.config.PostHogSettings;
import org.quayside.admin.support.Masking;

/**
 * What "Download configuration" hands to the quayside CLI.
 */
public record IntegrationSnapshot(String host, long projectId, String projectApiKey, String personalApiKey,
                                  Instant exportedAt) {

    public static IntegrationSnapshot of(PostHogSettings settings) {
        return new IntegrationSnapshot(settings.getHost(), settings.getProjectId(), settings.getProjectApiKey(),
                settings.getPersonalApiKey(), Instant.now());
    }

    public IntegrationSnapshot redacted() {
        return new IntegrationSnapshot(host, projectId, projectApiKey, Masking.mask(personalApiKey), exportedAt);
    }

    public String toJson() {
        return "{\"host\":\"" + host + "\",\"projectId\":" + projectId + ",\"projectApiKey\":\"" + projectApiKey
                + "\",\"personalApiKey\":\"" + personalApiKey + "\",\"exportedAt\":\"" + exportedAt + "\"}";
    }
}
