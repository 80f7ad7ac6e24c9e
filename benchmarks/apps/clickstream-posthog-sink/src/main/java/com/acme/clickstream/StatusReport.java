package com.acme.clickstream;

/**
 * Body of {@code GET /status}.
 */
record StatusReport(
        String state,
        long delivered,
        long failed,
        String posthogHost,
        String projectApiKey,
        boolean personalKeyConfigured,
        String personalApiKeyHint) {

    static StatusReport of(String state, PostHogSink sink, PostHogSettings settings) {
        return new StatusReport(
                state,
                sink.delivered(),
                sink.failed(),
                settings.host(),
                settings.projectApiKey(),
                settings.hasPersonalApiKey(),
                Masking.mask(settings.personalApiKey()));
    }
}
