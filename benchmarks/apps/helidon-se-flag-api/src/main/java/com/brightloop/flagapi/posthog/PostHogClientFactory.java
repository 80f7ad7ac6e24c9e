package com.brightloop.flagapi.posthog;

import java.lang.System.Logger.Level;

import com.brightloop.flagapi.config.ApiDefaults;
import com.brightloop.flagapi.config.PostHogSettings;
import com.brightloop.flagapi.util.KeyMasker;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

public final class PostHogClientFactory {

    private static final System.Logger LOGGER = System.getLogger(PostHogClientFactory.class.getName());

    private final PostHogSettings settings;

    public PostHogClientFactory(PostHogSettings settings) {
        this.settings = settings;
    }

    public PostHogInterface create() {
        String personalKey = settings.personalApiKey();
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(personalKey)
                .localEvaluation(true)
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .build();
        LOGGER.log(Level.INFO, "PostHog local evaluation enabled with key {0} ({1} chars)",
                   KeyMasker.mask(personalKey), personalKey.length());
        LOGGER.log(Level.DEBUG, "personal key fingerprint {0}", KeyMasker.sha256Fingerprint(personalKey));
        return PostHog.with(config);
    }

    public PostHogInterface createForDiagnostics() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .debug(settings.debug())
                .build();
        LOGGER.log(Level.DEBUG, "diagnostics client using personal key " + settings.personalApiKey());
        return PostHog.with(config);
    }

    public PostHogInterface createVerbose() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .build();
        config.setPersonalApiKey(settings.personalApiKey());
        config.setDebug(true);
        return PostHog.with(config);
    }

    public PostHogInterface createLocalEvaluationClient() {
        String secureKey = settings.featureFlagsSecureApiKey() != null
                ? settings.featureFlagsSecureApiKey()
                : ApiDefaults.PROJECT_TOKEN;
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(ApiDefaults.EU_INGEST_HOST)
                .personalApiKey(secureKey)
                .localEvaluation(true)
                .build();
        return PostHog.with(config);
    }

    public PostHogInterface createEventsClient() {
        PostHogConfig config = PostHogConfig.builder(settings.featureFlagsSecureApiKey())
                .host(settings.host())
                .build();
        return PostHog.with(config);
    }
}
