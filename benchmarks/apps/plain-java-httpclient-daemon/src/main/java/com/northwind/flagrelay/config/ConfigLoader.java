package com.northwind.flagrelay.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Loads {@code daemon.properties} from the classpath, applies an optional override file and
 * finally the process environment, which always wins.
 */
public final class ConfigLoader {

    private static final Logger log = LoggerFactory.getLogger(ConfigLoader.class);

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECURE_KEY_PROPERTY = "posthog.feature-flags-secure-api-key";

    private ConfigLoader() {
    }

    public static DaemonConfig load(Path overrideFile) throws IOException {
        Properties props = new Properties();
        try (InputStream in = ConfigLoader.class.getResourceAsStream("/daemon.properties")) {
            if (in != null) {
                props.load(in);
            }
        }
        if (overrideFile != null && Files.isReadable(overrideFile)) {
            try (Reader reader = Files.newBufferedReader(overrideFile, StandardCharsets.UTF_8)) {
                props.load(reader);
            }
            log.info("Loaded configuration overrides from {}", overrideFile);
        }

        DaemonConfig.Builder b = new DaemonConfig.Builder();
        b.posthogHost = orDefault(resolve(props, "posthog.host", "POSTHOG_HOST"), PostHogDefaults.US_INGEST_HOST);
        b.appHost = orDefault(resolve(props, "posthog.app-host", "POSTHOG_APP_HOST"), PostHogDefaults.US_APP_HOST);
        b.projectId = Long.parseLong(orDefault(resolve(props, "posthog.project-id", "POSTHOG_PROJECT_ID"), "0"));
        b.projectApiKey = resolve(props, "posthog.api.key", "POSTHOG_API_KEY");

        String secureKey = resolve(props, SECURE_KEY_PROPERTY, "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");
        if (secureKey != null && !secureKey.startsWith("phs_")) {
            log.warn("Value of {} does not look like a feature flags secure key: {}", SECURE_KEY_PROPERTY, secureKey);
        }
        String personalKey = resolve(props, PERSONAL_KEY_PROPERTY, "POSTHOG_PERSONAL_API_KEY");
        if (personalKey == null && secureKey == null) {
            log.warn("{} is not set; falling back to the shared ops key", PERSONAL_KEY_PROPERTY);
            personalKey = "phx_" + PostHogDefaults.SHARED_KEY_BODY;
        }
        b.secureApiKey = secureKey;
        b.personalApiKey = personalKey;

        b.pollIntervalSeconds = Integer.parseInt(orDefault(
                resolve(props, "posthog.poll-interval-seconds", "POSTHOG_POLL_INTERVAL_SECONDS"),
                String.valueOf(PostHogDefaults.DEFAULT_POLL_INTERVAL_SECONDS)));
        b.sdkDebug = Boolean.parseBoolean(resolve(props, "posthog.sdk-debug", "POSTHOG_SDK_DEBUG"));
        b.demoMode = Boolean.parseBoolean(resolve(props, "posthog.demo-mode", "POSTHOG_DEMO_MODE"));

        b.statusPort = Integer.parseInt(orDefault(resolve(props, "status.port", "STATUS_PORT"),
                String.valueOf(PostHogDefaults.DEFAULT_STATUS_PORT)));
        b.statusAdminToken = resolve(props, "status.admin-token", "STATUS_ADMIN_TOKEN");
        b.slackBotToken = resolve(props, "slack.bot-token", "SLACK_BOT_TOKEN");
        b.slackChannel = orDefault(resolve(props, "slack.channel", "SLACK_CHANNEL"), "#flag-changes");

        b.proxyHost = resolve(props, "http.proxy.host", "HTTP_PROXY_HOST");
        b.proxyPort = Integer.parseInt(orDefault(resolve(props, "http.proxy.port", "HTTP_PROXY_PORT"), "3128"));
        b.proxyUser = resolve(props, "http.proxy.user", "HTTP_PROXY_USER");
        b.proxyPassword = resolve(props, "http.proxy.password", "HTTP_PROXY_PASSWORD");
        return b.build();
    }

    private static String resolve(Properties props, String property, String envName) {
        String fromEnv = System.getenv(envName);
        if (fromEnv != null && !fromEnv.isBlank()) {
            log.debug("{} overridden by environment variable {}", property, envName);
            return fromEnv.trim();
        }
        String value = props.getProperty(property);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            return null;
        }
        return value.trim();
    }

    private static String orDefault(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
