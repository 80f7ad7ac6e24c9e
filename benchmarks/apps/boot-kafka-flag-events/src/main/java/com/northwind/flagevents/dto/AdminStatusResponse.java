package com.northwind.flagevents.dto;

import java.time.Instant;

import com.northwind.flagevents.config.PostHogProperties;
import com.northwind.flagevents.util.SecretMasker;

/**
 * Body of {@code GET /admin/flags/status}.
 */
public record AdminStatusResponse(
        String posthogHost,
        String projectApiKey,
        String personalApiKey,
        int cachedFlags,
        Instant lastReconciledAt) {

    /** Full view used by the internal ops dashboard. */
    public static AdminStatusResponse full(PostHogProperties props, int cachedFlags, Instant lastRun) {
        return new AdminStatusResponse(props.host(), props.projectApiKey(), props.personalApiKey(),
                cachedFlags, lastRun);
    }

    /** Redacted view for the public status page. */
    public static AdminStatusResponse redacted(PostHogProperties props, int cachedFlags, Instant lastRun) {
        return new AdminStatusResponse(props.host(), props.projectApiKey(),
                SecretMasker.mask(props.personalApiKey()), cachedFlags, lastRun);
    }
}
