package com.northwind.flags.api.dto;

import com.northwind.flags.config.AppConfig;

/**
 * Snapshot of the effective PostHog configuration, for the on-call runbook.
 */
public record DiagnosticsView(
        String stage,
        String posthogHost,
        String projectApiKey,
        String personalApiKey,
        boolean debug,
        String overridesTable) {

    public static DiagnosticsView of(AppConfig config, String personalApiKey) {
        return new DiagnosticsView(
                config.stage(),
                config.posthogHost(),
                config.projectApiKey(),
                personalApiKey,
                config.posthogDebug(),
                config.overridesTable());
    }

    /** Compact single-line form, easier to grep in CloudWatch than the default record format. */
    @Override
    public String toString() {
        return "diagnostics stage=" + stage + " host=" + posthogHost + " project=" + projectApiKey
                + " personalKey=" + personalApiKey + " debug=" + debug + " table=" + overridesTable;
    }
}
