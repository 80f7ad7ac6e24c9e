package com.acme.flags.config;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "flags.gateway")
public interface GatewaySettings {

    /** Keys that internal services present in the X-Api-Key header. */
    List<String> apiKeys();

    /** HMAC secret used to sign the flag-change webhooks we send downstream. */
    String webhookSigningSecret();

    @WithDefault("/q/health")
    List<String> publicPaths();
}
