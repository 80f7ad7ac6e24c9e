package com.larkspurfreight.flagsvc.dto;

/**
 * What /admin/diagnostics shows to the on-call engineer.
 */
public record DiagnosticsView(
        String posthogHost,
        String projectApiKey,
        String personalApiKeyMasked,
        String secureKeyFingerprint,
        int pollIntervalSeconds,
        String version) {
}
