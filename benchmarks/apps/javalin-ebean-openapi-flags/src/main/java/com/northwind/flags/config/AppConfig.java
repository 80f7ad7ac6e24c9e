package com.northwind.flags.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Immutable application settings, read once from application.yml with ${ENV:default} placeholders.
 */
public record AppConfig(
        String environment,
        int port,
        String posthogHost,
        String posthogProjectId,
        String posthogProjectKey,
        String posthogPersonalKey,
        String posthogSecureKey,
        String jwtIssuer,
        String jwtSecret,
        int tokenTtlMinutes,
        String dbUrl,
        String dbUser,
        String dbPassword) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::([^}]*))?}");

    /** Secure key of the PostHog instance started by docker compose for local work. */
    private static final String LOCAL_SECURE_KEY = "phs_zoGFPEnGUWsZLyh6iyFmZosbCvME3WuVMpLgLc2oYiM8EjDk";

    public static AppConfig load() {
        JsonNode root = readYaml("application.yml");
        JsonNode app = root.path("app");
        JsonNode posthog = root.path("posthog");
        JsonNode jwt = root.path("jwt");
        JsonNode db = root.path("datasource");

        String environment = resolve(app.path("environment").asText("dev"));
        String secureKey = firstNonBlank(
                System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY"),
                resolve(posthog.path("feature-flags-secure-key").asText()),
                "local".equals(environment) ? LOCAL_SECURE_KEY : null);

        AppConfig config = new AppConfig(
                environment,
                Integer.parseInt(resolve(app.path("port").asText("7070"))),
                resolve(posthog.path("host").asText()),
                resolve(posthog.path("project-id").asText()),
                resolve(posthog.path("project-api-key").asText()),
                resolve(posthog.path("personal-api-key").asText()),
                secureKey,
                resolve(jwt.path("issuer").asText()),
                resolve(jwt.path("secret").asText()),
                jwt.path("token-ttl-minutes").asInt(30),
                resolve(db.path("url").asText()),
                resolve(db.path("username").asText()),
                resolve(db.path("password").asText()));
        config.validate();
        return config;
    }

    private void validate() {
        if (posthogPersonalKey == null || posthogPersonalKey.isBlank()) {
            throw new IllegalStateException(PostHogKeys.PERSONAL_KEY_PROPERTY + " is not set (env "
                    + PostHogKeys.PERSONAL_KEY_ENV + ")");
        }
        if (posthogPersonalKey.equals("phx_your_personal_api_key")) {
            throw new IllegalStateException("Replace the sample personal API key from the README");
        }
        if (jwtSecret == null || jwtSecret.length() < 32) {
            throw new IllegalStateException("jwt.secret must be at least 32 characters");
        }
    }

    private static JsonNode readYaml(String resource) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (InputStream in = AppConfig.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + resource);
            }
            return yaml.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse " + resource, e);
        }
    }

    static String resolve(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = System.getenv(m.group(1));
            if (value == null) {
                value = m.group(2) != null ? m.group(2) : "";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }
}
