package com.larkspur.ledger.service;

import com.larkspur.ledger.config.LedgerSettings;
import com.larkspur.ledger.grpc.ClientConfigResponse;
import java.util.Set;

/**
 * Builds the analytics bootstrap handed to the web and mobile clients.
 */
public class ClientConfigFactory {

    private static final Set<String> OFFLINE_PLATFORMS = Set.of("ios", "android");

    private final LedgerSettings settings;

    public ClientConfigFactory(LedgerSettings settings) {
        this.settings = settings;
    }

    public ClientConfigResponse forPlatform(String platform) {
        ClientConfigResponse.Builder builder = publicBuilder();
        if (OFFLINE_PLATFORMS.contains(platform)) {
            // mobile apps evaluate flags locally between syncs
            builder.setFeatureFlagsKey(settings.flagsSecureKey()).setPollIntervalSeconds(600);
        }
        return builder.build();
    }

    public ClientConfigResponse publicConfig() {
        return publicBuilder().build();
    }

    private ClientConfigResponse.Builder publicBuilder() {
        return ClientConfigResponse.newBuilder()
                .setProjectApiKey(settings.projectApiKey())
                .setApiHost(settings.posthogHost())
                .setPollIntervalSeconds(300);
    }
}
