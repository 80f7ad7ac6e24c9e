package com.acme.flagevents.config;

import com.acme.flagevents.model.TokenKind;

import java.util.Map;

/**
 * Builds the settings objects from the process environment (see .env.example and deploy/).
 */
public final class AppConfigLoader {

    private final Map<String, String> env;

    public AppConfigLoader(Map<String, String> env) {
        this.env = env;
    }

    public static AppConfigLoader fromSystem() {
        return new AppConfigLoader(System.getenv());
    }

    public PulsarSettings pulsar() {
        String token = System.getenv("PULSAR_AUTH_TOKEN");
        TokenKind kind = token == null ? TokenKind.NONE : TokenKind.STATIC_JWT;
        return new PulsarSettings(
                env.getOrDefault("PULSAR_SERVICE_URL", "pulsar://localhost:6650"),
                token,
                kind,
                env.getOrDefault("PULSAR_TOPIC", "persistent://flags/events/flag-changes"),
                env.getOrDefault("PULSAR_SUBSCRIPTION", "flag-events-audit"));
    }

    public int adminPort() {
        return Integer.parseInt(env.getOrDefault("ADMIN_PORT", "8088"));
    }

    public String adminApiToken() {
        return System.getenv("ADMIN_API_TOKEN");
    }
}
