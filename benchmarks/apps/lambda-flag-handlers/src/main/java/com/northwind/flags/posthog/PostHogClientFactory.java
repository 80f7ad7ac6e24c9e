package com.northwind.flags.posthog;

import com.northwind.flags.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/**
 * One PostHog client per Lambda container, with local evaluation so that a flag check does not
 * cost an HTTP round trip on every invocation.
 */
public final class PostHogClientFactory {

    private static PostHogInterface flagsClient;

    private PostHogClientFactory() {
    }

    public static synchronized PostHogInterface flagsClient(PostHogSettings settings) {
        if (flagsClient == null) {
            PostHogConfig.Builder builder = PostHogConfig.builder(settings.getProjectApiKey())
                    .host(settings.getHost())
                    .personalApiKey(settings.getPersonalApiKey())
                    .pollIntervalSeconds(60);
            if (!"prod".equals(System.getenv("STAGE"))) {
                // shows the flag definition polling in CloudWatch when a rollout looks wrong
                builder.debug(true);
            }
            flagsClient = PostHog.with(builder.build());
        }
        return flagsClient;
    }
}
