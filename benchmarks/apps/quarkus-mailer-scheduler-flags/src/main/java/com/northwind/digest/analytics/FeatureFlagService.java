package com.northwind.digest.analytics;

import com.northwind.digest.config.PostHogKeys;
import com.northwind.digest.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.jboss.logging.Logger;

@ApplicationScoped
public class FeatureFlagService {

    private static final Logger LOG = Logger.getLogger(FeatureFlagService.class);

    @Inject
    PostHogInterface postHog;

    @Inject
    PostHogSettings settings;

    private volatile PostHogInterface shadowClient;

    public boolean digestEnabledFor(String recipient) {
        boolean enabled = postHog.isFeatureEnabled(recipient, PostHogKeys.FLAG_WEEKLY_DIGEST, false);
        LOG.debugf("%s=%s for %s", PostHogKeys.FLAG_WEEKLY_DIGEST, enabled, recipient);
        return enabled;
    }

    public boolean inlineChartsFor(String recipient) {
        return postHog.isFeatureEnabled(recipient, PostHogKeys.FLAG_DIGEST_CHARTS, false);
    }

    public void trackDigestSent(String recipient, int sections) {
        postHog.capture(recipient, "digest_sent", Map.of("sections", sections));
    }

    /**
     * Evaluates the flag a second time on a client with a faster poll interval. Used while
     * migrating the digest flag to local evaluation to compare both results.
     */
    public boolean shadowEvaluate(String recipient) {
        if (shadowClient == null) {
            synchronized (this) {
                if (shadowClient == null) {
                    PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                            .host(settings.host())
                            .pollIntervalSeconds(15)
                            .build();
                    config.setPersonalApiKey(settings.personalApiKey());
                    config.setLocalEvaluation(true);
                    config.setDebug(true);
                    shadowClient = PostHog.with(config);
                }
            }
        }
        boolean shadow = shadowClient.isFeatureEnabled(recipient, PostHogKeys.FLAG_WEEKLY_DIGEST, false);
        boolean primary = digestEnabledFor(recipient);
        if (shadow != primary) {
            LOG.warnf("Flag mismatch for %s: primary=%s shadow=%s", recipient, primary, shadow);
        }
        return primary;
    }
}
