package com.tidewell.fleet.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "fleet.oidc")
public interface OidcClientSettings {

    String clientId();

    String clientSecret();

    @WithDefault("false")
    boolean auditHeaders();
}
