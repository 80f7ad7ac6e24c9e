package io.lumenstack.flags.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.util.Optional;

@ConfigMapping(prefix = "posthog")
public interface PostHogSettings {

    @WithDefault("https://us.i.posthog.com")
    String host();

    String projectApiKey();

    Optional<String> personalApiKey();

    @WithName("flags-secure-key")
    @WithDefault("phs_cisVkwNfI3y6s4l8AivHU2itdi60ZmI6AFMFrzqcop2Gghr")
    String flagsSecureKey();

    long projectId();

    @WithDefault("false")
    boolean debug();

    @WithDefault("30")
    int pollIntervalSeconds();

    @WithDefault("3600")
    int tokenTtlSeconds();

    @WithDefault("BEARER")
    TokenType tokenType();

    enum TokenType {
        BEARER,
        QUERY_PARAMETER
    }
}
