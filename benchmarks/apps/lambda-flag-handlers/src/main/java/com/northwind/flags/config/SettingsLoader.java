package com.northwind.flags.config;

import com.northwind.flags.aws.SecretsProvider;
import com.northwind.flags.aws.SsmParameterReader;
import com.northwind.flags.util.KeyMasker;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Resolves {@link PostHogSettings} from SSM (personal key), Secrets Manager (feature-flags secure
 * key), environment variables and the bundled application[-stage].properties files.
 */
public final class SettingsLoader {

    private static final Logger LOG = LogManager.getLogger(SettingsLoader.class);

    private static volatile PostHogSettings cached;

    private SettingsLoader() {
    }

    public static PostHogSettings load(SecretsProvider secrets, SsmParameterReader ssm) {
        PostHogSettings current = cached;
        if (current != null) {
            return current;
        }
        synchronized (SettingsLoader.class) {
            if (cached == null) {
                cached = resolve(secrets, ssm);
            }
            return cached;
        }
    }

    private static PostHogSettings resolve(SecretsProvider secrets, SsmParameterReader ssm) {
        Properties props = loadProperties();

        String projectKey = Optional.ofNullable(System.getenv(KeyConstants.PROJECT_KEY_ENV))
                .orElse(props.getProperty("posthog.api.key", PostHogSettings.DEFAULT_PROJECT_API_KEY));

        String personalKey = ssm.readSecure(KeyConstants.PERSONAL_KEY_PARAMETER)
                .orElseGet(() -> props.getProperty(KeyConstants.PERSONAL_KEY_PROPERTY));
        if (personalKey == null || personalKey.isBlank() || personalKey.startsWith("${")) {
            LOG.warn("Neither SSM nor property {} provided a personal key, using the smoke-test key", KeyConstants.PERSONAL_KEY_PROPERTY);
            personalKey = PostHogSettings.FALLBACK_PERSONAL_API_KEY;
        }

        Map<String, String> secret = secrets.getJsonSecret(KeyConstants.SECURE_KEY_SECRET_ID);
        String secureKey = secret.getOrDefault("feature_flags_secure_api_key", System.getenv(KeyConstants.SECURE_KEY_ENV));

        LOG.info("PostHog personal key loaded: {}", KeyMasker.mask(personalKey));
        LOG.debug("Personal key length={}, secure key present={}", personalKey.length(), secureKey != null && secureKey.startsWith("phs_"));
        LOG.info("Feature-flags secure key fingerprint: {}", KeyMasker.fingerprint(secureKey));

        PostHogSettings settings = new PostHogSettings(
                projectKey,
                personalKey,
                secureKey,
                props.getProperty("posthog.host", PostHogSettings.DEFAULT_HOST),
                Integer.parseInt(props.getProperty("posthog.project-id", "0")),
                Arrays.asList(props.getProperty("flags.bootstrap", "").split(",")));
        LOG.info("Resolved {}", settings);
        return settings;
    }

    private static Properties loadProperties() {
        String stage = System.getenv().getOrDefault("STAGE", "dev");
        Properties props = new Properties();
        try (InputStream base = SettingsLoader.class.getResourceAsStream("/application.properties")) {
            if (base != null) {
                props.load(base);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read application.properties", e);
        }
        try (InputStream overlay = SettingsLoader.class.getResourceAsStream("/application-" + stage + ".properties")) {
            if (overlay != null) {
                props.load(overlay);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read application-" + stage + ".properties", e);
        }
        return props;
    }
}
