package dev.lumenflag.flagctl.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

@ConfigMapping(prefix = "posthog")
public interface PostHogSettings {

    String host();

    @WithDefault("https://eu.i.posthog.com")
    String ingestHost();

    long projectId();

    String projectApiKey();

    Optional<String> personalApiKey();

    Optional<String> featureFlagsSecureKey();

    @WithDefault("false")
    boolean sdkDebug();

    OAuth oauth();

    interface OAuth {

        @WithDefault("flagctl-cli")
        String clientId();

        @WithDefault("http://127.0.0.1:8765/callback")
        String redirectUri();
    }
}
