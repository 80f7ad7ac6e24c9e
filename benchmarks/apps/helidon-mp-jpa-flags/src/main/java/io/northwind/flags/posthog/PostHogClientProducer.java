package io.northwind.flags.posthog;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.northwind.flags.config.PostHogKeys;
import io.northwind.flags.config.PostHogSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Produces the application-wide PostHog client used for flag evaluation.
 */
@ApplicationScoped
public class PostHogClientProducer {

    private static final Logger LOGGER = System.getLogger(PostHogClientProducer.class.getName());

    @Inject
    PostHogSettings settings;

    @Inject
    @ConfigProperty(name = "mp.config.profile", defaultValue = "prod")
    String profile;

    @Produces
    @ApplicationScoped
    public PostHogInterface postHog() {
        LOGGER.log(Level.INFO, "Configuring PostHog client: {0}", settings);
        if ("dev".equals(profile)) {
            return devClient();
        }

        PostHogConfig.Builder builder = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .debug(false);

        settings.personalApiKey().ifPresentOrElse(
                key -> {
                    builder.personalApiKey(key);
                    LOGGER.log(Level.INFO, "Local flag evaluation enabled with key {0}", settings.maskedPersonalKey());
                },
                () -> LOGGER.log(Level.WARNING, "Property " + PostHogKeys.PERSONAL_KEY_PROPERTY
                        + " is not set; flags will be evaluated remotely"));

        return PostHog.with(builder.build());
    }

    private PostHogInterface devClient() {
        String devKey = PostHogKeys.SECRET_PREFIX + PostHogKeys.DEV_LOCAL_EVAL_BODY;
        PostHogConfig config = PostHogConfig.builder(PostHogKeys.DEV_PROJECT_KEY)
                .host("https://eu.i.posthog.com")
                .personalApiKey(devKey)
                .pollIntervalSeconds(10)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    public void close(@Disposes PostHogInterface postHog) {
        postHog.close();
    }
}
