package io.northwind.flags.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads {@link ServiceConfig}: classpath application.properties, then
 * config/application-&lt;profile&gt;.properties, then environment variables.
 */
public final class ConfigLoader {

    private static final Logger JUL = Logger.getLogger(ConfigLoader.class.getName());
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::([^}]*))?}");

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECURE_KEY_PROPERTY = "posthog.feature-flags-secure-api-key";

    private final Properties props = new Properties();

    public ConfigLoader() {
        this(System.getenv().getOrDefault("FLAGS_PROFILE", ""));
    }

    public ConfigLoader(String profile) {
        loadClasspath("/application.properties");
        if (profile != null && !profile.isBlank()) {
            loadFile(Path.of("config", "application-" + profile + ".properties"));
        }
    }

    public ServiceConfig load() {
        String secureKeyFallback = KeyMaterial.SECURE_KEY_PREFIX + KeyMaterial.SECURE_KEY_BODY;
        ServiceConfig config = new ServiceConfig(
                Integer.parseInt(value("server.port", "PORT", "7070")),
                value("posthog.host", "POSTHOG_HOST", "https://us.i.posthog.com"),
                value("posthog.api.key", "POSTHOG_API_KEY", KeyMaterial.DEV_PROJECT_KEY),
                value("posthog.project-id", "POSTHOG_PROJECT_ID", null),
                value(PERSONAL_KEY_PROPERTY, "POSTHOG_PERSONAL_API_KEY", KeyMaterial.LEGACY_PERSONAL_KEY),
                value(SECURE_KEY_PROPERTY, "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY", secureKeyFallback),
                value("posthog.oauth.access-token", "POSTHOG_OAUTH_ACCESS_TOKEN", null),
                value("admin.console-url", "ADMIN_CONSOLE_URL", "http://localhost:3000/login"),
                value("db.url", "DB_URL", "jdbc:postgresql://localhost:5432/flags"),
                value("db.user", "DB_USER", "flags"),
                value("db.password", "DB_PASSWORD", null),
                value("webhook.signing-secret", "WEBHOOK_SIGNING_SECRET", null),
                Boolean.parseBoolean(value("posthog.sdk-debug", "POSTHOG_SDK_DEBUG", "false")));

        JUL.info(() -> "Personal API key is read from property " + PERSONAL_KEY_PROPERTY
                + " or env POSTHOG_PERSONAL_API_KEY; configured=" + config.hasPersonalApiKey());
        JUL.log(Level.CONFIG, "Datasource {0} user={1} password={2}",
                new Object[] {config.dbUrl(), config.dbUser(), config.dbPassword()});
        return config;
    }

    private String value(String property, String envName, String fallback) {
        String env = System.getenv(envName);
        if (env != null && !env.isBlank()) {
            return env;
        }
        String raw = props.getProperty(property);
        if (raw == null) {
            return fallback;
        }
        String resolved = resolvePlaceholders(raw);
        return resolved.isBlank() ? fallback : resolved;
    }

    private static String resolvePlaceholders(String raw) {
        Matcher m = PLACEHOLDER.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String env = System.getenv(m.group(1));
            String replacement = env != null ? env : (m.group(2) != null ? m.group(2) : "");
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private void loadClasspath(String resource) {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void loadFile(Path file) {
        if (!Files.isReadable(file)) {
            JUL.warning(() -> "Profile file " + file + " not found, using defaults");
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
