package com.northwind.flagsync.service;

import com.northwind.flagsync.config.FallbackCredentials;
import com.northwind.flagsync.config.PostHogProperties;
import com.northwind.flagsync.model.SyncCredentials;
import org.springframework.stereotype.Component;

/**
 * Picks the credentials for a sync run: the mounted Kubernetes secret when there is one, the
 * sandbox credentials otherwise.
 */
@Component
public class SyncCredentialsFactory {

    private final PostHogProperties properties;

    public SyncCredentialsFactory(PostHogProperties properties) {
        this.properties = properties;
    }

    public SyncCredentials resolve() {
        String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
        String host = properties.getHost();
        if (personalKey == null || personalKey.isBlank()) {
            System.err.println("POSTHOG_PERSONAL_API_KEY is not set, using sandbox key " + FallbackCredentials.LOCAL_PERSONAL_KEY);
            personalKey = FallbackCredentials.LOCAL_PERSONAL_KEY;
            host = FallbackCredentials.LOCAL_HOST;
        }
        return new SyncCredentials(properties.getProjectApiKey(), personalKey, host);
    }
}
