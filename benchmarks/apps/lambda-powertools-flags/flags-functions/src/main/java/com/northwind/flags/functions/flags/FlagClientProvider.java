package com.northwind.flags.functions.flags;

import com.northwind.flags.common.FlagsClientFactory;
import com.northwind.flags.common.Masking;
import com.northwind.flags.common.PostHogSettings;
import com.northwind.flags.functions.config.FlagsConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One PostHog client per execution environment; the SDK keeps polling flag definitions
 * between invocations while the sandbox is warm.
 */
public final class FlagClientProvider {

    private static final Logger LOGGER = LoggerFactory.getLogger(FlagClientProvider.class);

    private static PostHogInterface client;

    private FlagClientProvider() {
    }

    public static synchronized PostHogInterface client() {
        if (client == null) {
            PostHogSettings settings = FlagsConfig.get().toSettings();
            LOGGER.debug("Creating PostHog client with {}", settings);
            LOGGER.info("PostHog local evaluation enabled with personal key {}",
                    Masking.mask(settings.personalApiKey()));
            client = FlagsClientFactory.create(settings);
        }
        return client;
    }
}
