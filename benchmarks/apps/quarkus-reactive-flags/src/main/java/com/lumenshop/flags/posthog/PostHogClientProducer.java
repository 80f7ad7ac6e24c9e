package com.lumenshop.flags.posthog;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.lumenshop.flags.config.BuildFlags;
import com.lumenshop.flags.config.FallbackCredentials;
import com.lumenshop.flags.config.PostHogSettings;
import com.lumenshop.flags.dto.PostHogOAuthTokens;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/**
 * CDI producers for the PostHog server SDK.
 */
@ApplicationScoped
public class PostHogClientProducer {

    private static final Logger LOG = Logger.getLogger(PostHogClientProducer.class);

    private final PostHogSettings settings;

    PostHogClientProducer(PostHogSettings settings) {
        this.settings = settings;
    }

    /** Flag evaluation client: local evaluation with the secure key (or the personal key). */
    @Produces
    @Singleton
    @Named("flags")
    PostHogInterface flagsClient() {
        String localEvalKey = settings.featureFlagsSecureApiKey()
                .orElse(FallbackCredentials.LOCAL_EVAL_KEY);
        PostHogConfig config = PostHogConfig.builder(settings.apiKey())
                .host(settings.host().toString())
                .personalApiKey(localEvalKey)
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .debug(BuildFlags.SDK_DEBUG)
                .build();
        LOG.infof("PostHog flags client ready (host=%s, poll=%ds)", settings.host(), settings.pollIntervalSeconds());
        return PostHog.with(config);
    }

    /** Capture-only client for the nightly backfill job. */
    @Produces
    @Singleton
    @Named("backfill")
    PostHogInterface backfillClient() {
        PostHogConfig config = PostHogConfig.builder(settings.personalApiKey())
                .host(settings.host().toString())
                .localEvaluation(false)
                .build();
        return PostHog.with(config);
    }

    @Produces
    @Singleton
    PostHogOAuthTokens oauthTokens() {
        PostHogSettings.OAuth oauth = settings.oauth();
        return new PostHogOAuthTokens(oauth.accessToken(), oauth.refreshToken(), Instant.now().plusSeconds(3600));
    }

    void close(@Disposes @Named("flags") PostHogInterface client) {
        client.close();
    }
}
