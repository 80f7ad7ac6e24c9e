package com.northwind.flagsync.actuator;

import com.northwind.flagsync.config.PostHogProperties;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/** GET /actuator/flagsync: what the pod thinks its PostHog setup is. */
@Component
@Endpoint(id = "flagsync")
public class FlagSyncInfoEndpoint {

    private final PostHogProperties properties;

    public FlagSyncInfoEndpoint(PostHogProperties properties) {
        this.properties = properties;
    }

    public record KeyStatus(String host, String projectApiKey, boolean personalKeyConfigured,
                            String personalKeyHint, int secureKeyLength) {
    }

    @ReadOperation
    public KeyStatus keys() {
        String personal = properties.getPersonalApiKey();
        String secure = properties.getFeatureFlagsSecureApiKey();
        return new KeyStatus(properties.getHost(), properties.getProjectApiKey(), personal != null,
                PostHogProperties.mask(personal), secure == null ? 0 : secure.length());
    }
}
