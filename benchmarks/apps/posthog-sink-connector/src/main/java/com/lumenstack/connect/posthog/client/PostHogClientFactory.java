package com.lumenstack.connect.posthog.client;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.lumenstack.connect.posthog.config.ConfigKeys;
import com.lumenstack.connect.posthog.config.PostHogCredentials;
import com.lumenstack.connect.posthog.config.PostHogSinkConfig;
import com.lumenstack.connect.posthog.util.Secrets;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/**
 * Builds the PostHog server SDK client for a task.
 */
public class PostHogClientFactory {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientFactory.class);

    public PostHogInterface create(PostHogSinkConfig config) {
        PostHogCredentials credentials = config.credentials();

        PostHogConfig.Builder builder = PostHogConfig.builder(credentials.projectApiKey())
                .host(credentials.host())
                .flushAt(config.batchSize());

        String evaluationKey = credentials.localEvaluationKey();
        if (evaluationKey != null) {
            builder.personalApiKey(evaluationKey);
            log.info("Local flag evaluation enabled with key {}", Secrets.mask(evaluationKey));
        } else {
            log.info("{} not set; feature flags will be evaluated remotely", ConfigKeys.PERSONAL_API_KEY);
        }

        // Mirror our own log level so "set TRACE on the connector" is enough to debug delivery.
        if (config.sdkDebug() || log.isTraceEnabled()) {
            builder.debug(true);
        }

        return PostHog.with(builder.build());
    }
}
