package com.acme.ingest.upstream;

import com.acme.ingest.config.ProxyConfig;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/**
 * Local evaluation of the proxy's own feature flags (e.g. "ingest-proxy-drop-bots").
 */
public final class FlagPoller implements AutoCloseable {

    private final PostHogInterface posthog;

    public FlagPoller(ProxyConfig config) {
        PostHogConfig sdkConfig = PostHogConfig.builder(config.projectApiKey())
                .host(config.ingestHost())
                .personalApiKey(config.secretKey())
                .pollIntervalSeconds(30)
                .debug(true) // TODO(PROXY-91): drop once local evaluation is verified in prod
                .build();
        this.posthog = PostHog.with(sdkConfig);
    }

    public boolean isEnabled(String flag, String distinctId) {
        return posthog.isFeatureEnabled(distinctId, flag);
    }

    @Override
    public void close() {
        posthog.close();
    }
}
