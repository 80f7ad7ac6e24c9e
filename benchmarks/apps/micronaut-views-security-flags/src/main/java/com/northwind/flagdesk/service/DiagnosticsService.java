package com.northwind.flagdesk.service;

import com.northwind.flagdesk.config.PostHogProperties;
import com.northwind.flagdesk.jobs.FlagSyncJob;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Instant;

@Singleton
public class DiagnosticsService {

    private final PostHogProperties properties;
    private final FlagSyncJob flagSyncJob;
    private final String flagsSecureApiKey;
    private final String version;

    public DiagnosticsService(PostHogProperties properties,
                              FlagSyncJob flagSyncJob,
                              @Value("${posthog.flags-secure-api-key:phs_BCS2FxAa8fyR6G2unHAuHCCs4s4vRqLHXTDCoHt6KvuXhhqv}")
                              String flagsSecureApiKey,
                              @Value("${micronaut.application.version:dev}") String version) {
        this.properties = properties;
        this.flagSyncJob = flagSyncJob;
        this.flagsSecureApiKey = flagsSecureApiKey;
        this.version = version;
    }

    public DiagnosticsReport currentReport() {
        return new DiagnosticsReport(
                version,
                properties.getHost(),
                properties.getProjectApiKey(),
                flagsSecureApiKey,
                flagSyncJob.cachedFlags().size(),
                Instant.now());
    }
}
