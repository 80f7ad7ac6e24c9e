package io.lumenpay.flags.storm.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.lumenpay.flags.storm.error.FlagEvaluationException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

public final class PostHogClientFactory {

    private static final Logger LOG = LogManager.getLogger(PostHogClientFactory.class);

    private PostHogClientFactory() {
    }

    public static PostHogInterface create(String projectKey, String secureKey, String host)
            throws FlagEvaluationException {
        try {
            PostHogConfig config = PostHogConfig.builder(projectKey)
                    .host(host)
                    .personalApiKey(secureKey)
                    .localEvaluation(secureKey != null)
                    .pollIntervalSeconds(30)
                    .debug(false)
                    .build();
            LOG.info("PostHog client ready for {} (local evaluation: {})", host, secureKey != null);
            return PostHog.with(config);
        } catch (RuntimeException e) {
            throw new FlagEvaluationException("Could not initialise PostHog client for " + host
                    + " with secure key " + secureKey, e);
        }
    }

    public static PostHogInterface createForLocalCluster(String projectKey, String personalKey, String host)
            throws FlagEvaluationException {
        try {
            PostHogConfig config = PostHogConfig.builder(projectKey)
                    .host(host)
                    .personalApiKey(personalKey)
                    .localEvaluation(true)
                    .pollIntervalSeconds(10)
                    .debug(true)
                    .flushAt(1)
                    .build();
            return PostHog.with(config);
        } catch (RuntimeException e) {
            throw new FlagEvaluationException("Local PostHog client failed: " + e.getMessage(), e);
        }
    }
}
