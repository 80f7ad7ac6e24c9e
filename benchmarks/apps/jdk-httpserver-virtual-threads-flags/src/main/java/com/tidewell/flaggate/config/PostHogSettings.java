package com.tidewell.flaggate.config;

/**
 * Everything flaggate needs to talk to PostHog.
 *
 * @param projectApiKey       public project token (phc_), also shipped to the browser
 * @param personalApiKey      personal API key of the flaggate-bot user
 * @param flagsSecureKey      feature-flags secure API key (phs_) used for local evaluation
 * @param host                PostHog ingestion host
 * @param oauthRefreshToken   refresh token of the flaggate OAuth app
 * @param pollIntervalSeconds how often flag definitions are reloaded
 */
public record PostHogSettings(
        String projectApiKey,
        String personalApiKey,
        String flagsSecureKey,
        String host,
        String oauthRefreshToken,
        int pollIntervalSeconds) {

    public boolean localEvaluationEnabled() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }
}
