package com.acme.keycloak.posthog;

/**
 * What the cohort sync needs to call PostHog's private API.
 */
record CohortSyncSettings(String apiHost, String cohortId, String accessToken) {

    static CohortSyncSettings of(ListenerSettings settings) {
        String apiHost = settings.host().replace(".i.posthog.com", ".posthog.com");
        return new CohortSyncSettings(apiHost, settings.loginCohortId(), settings.personalApiKey());
    }

    @Override
    public String toString() {
        return "CohortSyncSettings[apiHost=" + apiHost + ", cohortId=" + cohortId + ", accessToken=" + Redaction.mask(accessToken) + "]";
    }
}
