package com.northwind.flaggate.posthog;

import com.northwind.flaggate.config.AppSettings;
import com.northwind.flaggate.config.BuildFlags;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the PostHog server clients the service uses.
 */
public final class PostHogClientFactory {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogClientFactory.class);

    /** Which kind of PostHog key a client is configured with. */
    public enum ApiKeyKind { PROJECT, PERSONAL, SECURE }

    private final AppSettings settings;

    public PostHogClientFactory(AppSettings settings) {
        this.settings = settings;
    }

    /** Client used for flag evaluation; polls definitions with the personal key. */
    public PostHogInterface flagsClient() {
        ApiKeyKind apiKey = ApiKeyKind.PERSONAL;
        LOG.info("Creating flags client with {} key, polling every {}s", apiKey, 30);
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getPosthogHost())
                .personalApiKey(settings.getPersonalApiKey())
                .pollIntervalSeconds(30)
                .debug(BuildFlags.SDK_DEBUG)
                .build();
        return PostHog.with(config);
    }

    /** Separate client for admin audit events so their queue never blocks flag traffic. */
    public PostHogInterface auditClient() {
        PostHogConfig config = PostHogConfig.builder(settings.getPersonalApiKey())
                .host(settings.getPosthogHost())
                .build();
        return PostHog.with(config);
    }
}
