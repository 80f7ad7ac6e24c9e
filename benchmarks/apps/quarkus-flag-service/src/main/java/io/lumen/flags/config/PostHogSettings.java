package io.lumen.flags.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

@ConfigMapping(prefix = "posthog")
public interface PostHogSettings {

    @WithDefault("https://us.i.posthog.com")
    String host();

    /** Project API key (phc_), public. */
    String apiKey();

    /** Personal API key; enables local evaluation when present. */
    Optional<String> personalApiKey();

    @WithDefault("false")
    boolean debug();

    Optional<String> secretKey();
}
