package io.parcelpoint.e2e.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code e2e.properties}, then {@code e2e-<profile>.properties}, then environment variables.
 */
public final class TestConfigLoader {

    private static final Logger log = LoggerFactory.getLogger(TestConfigLoader.class);

    private static volatile TestConfig cached;

    private TestConfigLoader() {
    }

    public static TestConfig load() {
        TestConfig config = cached;
        if (config == null) {
            synchronized (TestConfigLoader.class) {
                if (cached == null) {
                    String profile = System.getProperty("e2e.profile", "local");
                    Properties props = new Properties();
                    readInto(props, "/e2e.properties");
                    readInto(props, "/e2e-" + profile + ".properties");
                    cached = fromSources(profile, props, System.getenv());
                    log.info("Loaded E2E config for profile '{}': {}", profile, cached);
                }
                config = cached;
            }
        }
        return config;
    }

    static TestConfig fromSources(String profile, Properties props, Map<String, String> env) {
        String personalKey = pick(env.get("POSTHOG_PERSONAL_API_KEY"), props.getProperty("posthog.personal.api.key"));
        String secureKey = pick(env.get("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY"),
                props.getProperty("posthog.feature-flags-secure-api-key"));
        String projectKey = pick(env.get("POSTHOG_API_KEY"), props.getProperty("posthog.api.key"));
        if (projectKey == null) {
            projectKey = PostHogDefaults.FALLBACK_PROJECT_API_KEY;
        }

        log.debug("PostHog personal key present={} length={}", personalKey != null,
                personalKey == null ? 0 : personalKey.length());

        return new TestConfig(
                profile,
                pick(env.get("APP_BASE_URL"), props.getProperty("app.base-url")),
                props.getProperty("app.admin.user"),
                pick(env.get("E2E_ADMIN_PASSWORD"), props.getProperty("app.admin.password")),
                pick(env.get("POSTHOG_HOST"), props.getProperty("posthog.host", PostHogDefaults.US_APP_HOST)),
                pick(env.get("POSTHOG_PROJECT_ID"), props.getProperty("posthog.project.id")),
                projectKey,
                personalKey,
                secureKey,
                Boolean.parseBoolean(props.getProperty("e2e.headless", "true")),
                Path.of(props.getProperty("e2e.artifacts-dir", "target/e2e-artifacts")));
    }

    private static String pick(String fromEnv, String fromProps) {
        if (!Secrets.isPlaceholder(fromEnv)) {
            return fromEnv;
        }
        return Secrets.isPlaceholder(fromProps) ? null : fromProps;
    }

    private static void readInto(Properties props, String resource) {
        try (InputStream in = TestConfigLoader.class.getResourceAsStream(resource)) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }
}
