package com.acme.flagassistant.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * PostHog settings. {@code host} is the private API (flags, projects), {@code ingestHost}
 * the public capture / flags endpoints used by the SDK and posthog-js.
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        @DefaultValue("https://us.posthog.com") String host,
        @DefaultValue("https://us.i.posthog.com") String ingestHost,
        String projectId,
        String projectApiKey,
        String personalApiKey,
        String secureApiKey) {

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    public boolean hasSecureApiKey() {
        return secureApiKey != null && !secureApiKey.isBlank();
    }

    @Override
    public String toString() {
        return "PostHogProperties[host=" + host
                + ", ingestHost=" + ingestHost
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + mask(personalApiKey)
                + ", secureApiKey=" + mask(secureApiKey) + "]";
    }

    static String mask(String key) {
        if (key == null || key.length() < 8) {
            return "<unset>";
        }
        return key.substring(0, 4) + "****";
    }
}
