package com.ferrowave.flagsync.api;

import java.util.Map;

/**
 * Sent to the single-page admin app on load.
 */
public record BootstrapResponse(
        String projectApiKey,
        String adminApiKey,
        String appHost,
        Map<String, Boolean> flags) {
}
