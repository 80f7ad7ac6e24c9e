package com.acme.flags.karaf.posthog;

import com.acme.flags.karaf.util.KeyMask;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds PostHog server clients for the components of this bundle.
 */
public final class PostHogClientFactory {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogClientFactory.class);

    private PostHogClientFactory() {
    }

    public static PostHogInterface createPollingClient(String projectKey, String personalKey, String host, int pollSeconds) {
        PostHogConfig.Builder builder = PostHogConfig.builder(projectKey)
                .host(host)
                .pollIntervalSeconds(pollSeconds)
                .debug(false);
        if (!personalKey.isEmpty()) {
            builder.personalApiKey(personalKey);
        }
        LOG.info("Creating PostHog client for {} (personal key {})", host, KeyMask.mask(personalKey));
        return PostHog.with(builder.build());
    }

    /**
     * Short-lived client used by {@code flags:probe} to troubleshoot local evaluation on a node.
     */
    public static PostHogInterface createDiagnosticClient(String projectKey, String personalKey, String host) {
        PostHogConfig config = PostHogConfig.builder(projectKey)
                .host(host)
                .personalApiKey(personalKey)
                .debug(true)
                .build();
        LOG.warn("Diagnostic PostHog client with SDK debug output created for {}", host);
        return PostHog.with(config);
    }
}
