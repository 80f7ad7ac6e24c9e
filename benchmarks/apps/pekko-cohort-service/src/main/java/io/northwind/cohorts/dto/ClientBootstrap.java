package io.northwind.cohorts.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/** What the cohort console SPA fetches on load to initialise posthog-js and its flag overrides. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClientBootstrap(
        String distinctId,
        String posthogHost,
        String posthogProjectKey,
        String flagsSecureKey,
        Map<String, Object> featureFlags) {
}
