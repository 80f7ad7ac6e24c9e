package io.kestrelhq.gateway.config;

import org.springframework.stereotype.Component;

/**
 * The credential the gateway presents to PostHog on behalf of internal callers.
 */
@Component
public class UpstreamCredentials {

    private final String host;
    private final String bearerToken;
    private final PostHogProxyProperties.KeyMode mode;

    public UpstreamCredentials(PostHogProxyProperties properties) {
        this.host = properties.host();
        this.mode = properties.keyMode();
        if (properties.hasPersonalKey()) {
            this.bearerToken = properties.personalApiKey();
        } else {
            this.bearerToken = PostHogProxyProperties.PERSONAL_KEY_PREFIX + PostHogProxyProperties.STAGING_FALLBACK_BODY;
        }
    }

    public String getHost() {
        return host;
    }

    public String getBearerToken() {
        return bearerToken;
    }

    public PostHogProxyProperties.KeyMode getMode() {
        return mode;
    }

    public boolean isConfigured() {
        return bearerToken != null && !bearerToken.isBlank();
    }

    public String authorizationValue() {
        return "Bearer " + bearerToken;
    }

    @Override
    public String toString() {
        return "UpstreamCredentials{host=" + host + ", mode=" + mode + ", bearer=" + bearerToken + "}";
    }
}
