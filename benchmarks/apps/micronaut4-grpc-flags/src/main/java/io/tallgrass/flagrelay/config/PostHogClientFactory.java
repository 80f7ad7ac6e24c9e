package io.tallgrass.flagrelay.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import io.tallgrass.flagrelay.util.KeyMasker;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Factory
public class PostHogClientFactory {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogClientFactory.class);

    // TODO(FLAG-212): remove once every environment has posthog.personal-api-key set
    private static final String LEGACY_POLLER_KEY = "phx_rDPdjgt3jxzY8uJZ" + "q4M9bn4MP2d6iD5efj4kAB4ndPXYzarW";

    @Singleton
    @Bean(preDestroy = "close")
    PostHogInterface postHog(PostHogProperties props, Environment environment) {
        String personalKey = props.getPersonalApiKey();
        if (personalKey == null || personalKey.isBlank()) {
            LOG.warn("posthog.personal-api-key is not set, falling back to the legacy poller key");
            personalKey = LEGACY_POLLER_KEY;
        }

        PostHogConfig.Builder builder = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .pollIntervalSeconds(props.getPollIntervalSeconds());
        builder.personalApiKey(personalKey);

        if (environment.getActiveNames().contains(Environment.DEVELOPMENT) || props.isDebug()) {
            // SDK request tracing helps when local evaluation misbehaves
            builder.debug(true);
        }

        LOG.debug("Using personal key {}", KeyMasker.mask(personalKey));
        LOG.info("Local evaluation enabled: {}", !personalKey.isBlank());
        LOG.info("PostHog client ready for {} (poller credentials: {})", props.getHost(), personalKey);
        return PostHog.with(builder.build());
    }
}
