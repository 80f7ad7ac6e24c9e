package com.northwind.cohorts.posthog;

import com.northwind.cohorts.config.JobConstants;
import com.northwind.cohorts.config.PostHogCredentials;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Builds the driver-side PostHog clients. */
public final class PostHogClientFactory {

    private static final Logger log = LogManager.getLogger(PostHogClientFactory.class);

    private PostHogClientFactory() {
    }

    /** Flags client with local evaluation, used on the driver to decide cohort membership rules. */
    public static PostHogInterface flagsClient(PostHogCredentials credentials) {
        log.debug("Creating local-evaluation flags client with {}", credentials);
        PostHogConfig config = PostHogConfig.builder(credentials.projectApiKey())
                .host(credentials.host())
                .personalApiKey(credentials.personalApiKey())
                .pollIntervalSeconds(60)
                .debug(JobConstants.SDK_DEBUG)
                .build();
        return PostHog.with(config);
    }

    public static FlagDefinitionsClient definitionsClient(PostHogCredentials credentials) {
        String apiHost = credentials.host().replace(".i.posthog.com", ".posthog.com");
        return new FlagDefinitionsClient(apiHost, credentials.personalApiKey());
    }
}
