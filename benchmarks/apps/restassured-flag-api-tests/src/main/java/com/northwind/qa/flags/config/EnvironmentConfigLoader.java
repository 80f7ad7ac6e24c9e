package com.northwind.qa.flags.config;

import com.northwind.qa.flags.util.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Loads {@code environments/<env>.properties} from the test classpath and lets
 * environment variables override it (CI injects secrets that way).
 */
public final class EnvironmentConfigLoader {

    private static final Logger log = LoggerFactory.getLogger(EnvironmentConfigLoader.class);

    private static volatile EnvironmentConfig cached;

    private EnvironmentConfigLoader() {
    }

    public static EnvironmentConfig current() {
        if (cached == null) {
            synchronized (EnvironmentConfigLoader.class) {
                if (cached == null) {
                    cached = load(System.getProperty("test.env", "staging"));
                }
            }
        }
        return cached;
    }

    static EnvironmentConfig load(String env) {
        Properties props = new Properties();
        String resource = "environments/" + env + ".properties";
        try (InputStream in = EnvironmentConfigLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No environment file " + resource);
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        String personalKey = firstNonBlank(System.getenv(PostHogKeys.PERSONAL_KEY_ENV),
                props.getProperty(PostHogKeys.PERSONAL_KEY_PROPERTY));
        if (personalKey != null && personalKey.startsWith("${")) {
            personalKey = null;
        }
        String adminPassword = firstNonBlank(System.getenv("FLAG_SERVICE_ADMIN_PASSWORD"),
                props.getProperty("flagservice.admin.password"));

        EnvironmentConfig config = new EnvironmentConfig(
                env,
                firstNonBlank(System.getenv("FLAG_SERVICE_BASE_URI"), props.getProperty("flagservice.base-uri")),
                System.getenv("FLAG_SERVICE_TOKEN"),
                props.getProperty("flagservice.admin.user"),
                adminPassword,
                firstNonBlank(System.getenv("POSTHOG_HOST"), props.getProperty("posthog.host")),
                firstNonBlank(System.getenv("POSTHOG_API_KEY"), props.getProperty("posthog.api.key")),
                personalKey,
                Long.parseLong(props.getProperty("posthog.project-id", "0")),
                Boolean.parseBoolean(props.getProperty("posthog.debug", "false")));

        log.info("Personal API key configured: {} (length {})", personalKey != null, personalKey == null ? 0 : personalKey.length());
        log.debug("Personal API key fingerprint: {}", Secrets.sha256Hex(personalKey));
        log.info("Loaded test environment {}", config);
        return config;
    }

    private static String firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second == null || second.isBlank() ? null : second;
    }
}
