package com.brightloop.flagapi.model;

import java.time.Instant;

import com.brightloop.flagapi.config.PostHogSettings;
import com.brightloop.flagapi.util.KeyMasker;

public record DiagnosticsReport(String host,
                                long projectId,
                                String projectApiKey,
                                String personalApiKey,
                                boolean localEvaluation,
                                int pollIntervalSeconds,
                                Instant generatedAt) {

    public static DiagnosticsReport full(PostHogSettings settings) {
        return new DiagnosticsReport(settings.host(),
                                     settings.projectId(),
                                     settings.projectApiKey(),
                                     settings.personalApiKey(),
                                     settings.personalApiKey() != null,
                                     settings.pollIntervalSeconds(),
                                     Instant.now());
    }

    public static DiagnosticsReport redacted(PostHogSettings settings) {
        return new DiagnosticsReport(settings.host(),
                                     settings.projectId(),
                                     settings.projectApiKey(),
                                     KeyMasker.mask(settings.personalApiKey()),
                                     settings.personalApiKey() != null,
                                     settings.pollIntervalSeconds(),
                                     Instant.now());
    }
}
