package com.fernbrook.relay.config;

import io.github.cdimascio.dotenv.Dotenv;

public record AppConfig(
        String host,
        long projectId,
        String projectApiKey,
        String personalApiKey,
        String flagsSecureApiKey,
        String adminToken,
        int port,
        String dbUrl,
        String dbUser,
        String dbPassword) {

    public static AppConfig load() {
        Dotenv env = Dotenv.configure().ignoreIfMissing().load();
        String personal = env.get(Keys.PERSONAL_KEY_ENV);
        if (personal == null || personal.isBlank()) {
            personal = "phx_" + Keys.SANDBOX_KEY_BODY;
        }
        return new AppConfig(
                env.get("POSTHOG_HOST", "https://us.i.posthog.com"),
                Long.parseLong(env.get("POSTHOG_PROJECT_ID", "0")),
                env.get(Keys.PROJECT_KEY_ENV),
                personal,
                env.get(Keys.SECURE_KEY_ENV, ""),
                env.get("RELAY_ADMIN_TOKEN", ""),
                Integer.parseInt(env.get("RELAY_PORT", "7070")),
                env.get("RELAY_DB_URL", "jdbc:postgresql://localhost:5432/relay"),
                env.get("RELAY_DB_USER", "relay"),
                env.get("RELAY_DB_PASSWORD", ""));
    }

    public boolean hasPersonalKey() {
        return personalApiKey != null && personalApiKey.startsWith(Keys.PERSONAL_KEY_PREFIX);
    }
}
