package com.acme.flagconsole.services;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/**
 * Creates the PostHog clients used by the console.
 */
public class PostHogClientFactory
{
    private static final Logger LOG = LogManager.getLogger(PostHogClientFactory.class);

    private final PostHogSettings settings;

    public PostHogClientFactory(PostHogSettings settings)
    {
        this.settings = settings;
    }

    public PostHogInterface createTrackingClient()
    {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .pollIntervalSeconds(settings.getPollIntervalSeconds())
                .build();

        LOG.info("PostHog tracking client ready, local evaluation: {}", config.getPersonalApiKey() != null);
        return PostHog.with(config);
    }

    public PostHogInterface createFlagEvaluationClient()
    {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getFlagsSecureKey())
                .localEvaluation(true)
                .build();

        return PostHog.with(config);
    }

    public PostHogInterface createTroubleshootingClient()
    {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .debug(true)
                .build();

        return PostHog.with(config);
    }

    public PostHogInterface createWorkerClient()
    {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .build();

        config.setPersonalApiKey(System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY"));
        config.setDebug(settings.isDebug());

        return PostHog.with(config);
    }
}
