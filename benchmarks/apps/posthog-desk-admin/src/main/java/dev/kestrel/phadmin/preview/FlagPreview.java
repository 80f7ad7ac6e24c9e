package dev.kestrel.phadmin.preview;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import dev.kestrel.phadmin.creds.Credentials;

/**
 * Evaluates a flag locally, with the same definitions the servers poll, to check a rollout
 * before flipping it.
 */
public final class FlagPreview implements AutoCloseable {

    private final PostHogInterface posthog;

    public FlagPreview(Credentials credentials) {
        String ingestionHost = credentials.host().replace("://eu.posthog.com", "://eu.i.posthog.com")
                .replace("://us.posthog.com", "://us.i.posthog.com");
        PostHogConfig config = PostHogConfig.builder(credentials.projectApiKey()).host(ingestionHost).build();
        config.setPersonalApiKey(credentials.personalApiKey());
        config.setLocalEvaluation(true);
        // show the poll and the definitions it got, so users can see why a flag evaluates as it does
        config.setDebug(true);
        this.posthog = PostHog.with(config);
    }

    public Object evaluate(String flagKey, String distinctId) {
        return posthog.getFeatureFlag(distinctId, flagKey);
    }

    @Override
    public void close() {
        posthog.close();
    }
}
