package io.lumenfield.flagsvc.web;

import io.lumenfield.flagsvc.config.PostHogSettings;
import io.lumenfield.flagsvc.posthog.PostHogKeys;
import java.time.Instant;

public final class StatusReport {

    public String service;
    public String version;
    public Instant generatedAt;
    public String posthogHost;
    public String projectApiKey;
    public String localEvaluationKey;
    public String personalKeyHint;
    public int pollIntervalSeconds;
    public int flagDefinitions;

    public static StatusReport from(PostHogSettings settings, int flagDefinitions) {
        StatusReport report = new StatusReport();
        report.service = "flag-service";
        report.version = StatusReport.class.getPackage().getImplementationVersion();
        report.generatedAt = Instant.now();
        report.posthogHost = settings.host();
        report.projectApiKey = settings.projectApiKey();
        report.localEvaluationKey = settings.localEvaluationKey();
        report.personalKeyHint = PostHogKeys.mask(settings.personalApiKey());
        report.pollIntervalSeconds = settings.pollIntervalSeconds();
        report.flagDefinitions = flagDefinitions;
        return report;
    }
}
