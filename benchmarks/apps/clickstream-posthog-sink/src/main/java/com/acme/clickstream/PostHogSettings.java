package com.acme.clickstream;

/**
 * PostHog settings of the sink.
 */
public record PostHogSettings(String host, String projectApiKey, String personalApiKey, String killSwitchFlag) {

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }
}
