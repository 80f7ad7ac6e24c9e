package gg.lumenmc.flaggate.config;

import com.moandjiezana.toml.Toml;
import org.slf4j.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads plugins/flaggate/config.toml with toml4j, copying the bundled default on first start.
 */
public final class PluginConfig {

    private final PostHogSettings postHog;
    private final String maintenanceFlag;
    private final int maintenanceFlagId;
    private final String betaFlag;
    private final String chatLockdownFlag;
    private final List<String> gatedServers;
    private final String alertsUrl;
    private final String alertsToken;
    private final boolean diagnostics;

    private PluginConfig(PostHogSettings postHog, String maintenanceFlag, int maintenanceFlagId, String betaFlag,
                         String chatLockdownFlag, List<String> gatedServers, String alertsUrl, String alertsToken,
                         boolean diagnostics) {
        this.postHog = postHog;
        this.maintenanceFlag = maintenanceFlag;
        this.maintenanceFlagId = maintenanceFlagId;
        this.betaFlag = betaFlag;
        this.chatLockdownFlag = chatLockdownFlag;
        this.gatedServers = List.copyOf(gatedServers);
        this.alertsUrl = alertsUrl;
        this.alertsToken = alertsToken;
        this.diagnostics = diagnostics;
    }

    public static PluginConfig load(Path dataDirectory, Logger logger) throws IOException {
        Path file = dataDirectory.resolve("config.toml");
        if (Files.notExists(file)) {
            Files.createDirectories(dataDirectory);
            try (InputStream in = PluginConfig.class.getResourceAsStream("/config.toml")) {
                if (in == null) {
                    throw new IOException("Bundled config.toml is missing from the plugin jar");
                }
                Files.copy(in, file);
            }
            logger.info("Wrote default configuration to {}", file);
        }
        Toml toml = new Toml().read(file.toFile());

        String personalKey = firstNonBlank(
                System.getenv(KeyDefaults.PERSONAL_KEY_ENV),
                System.getProperty(KeyDefaults.PERSONAL_KEY_PROPERTY),
                toml.getString(KeyDefaults.PERSONAL_KEY_PATH, ""));
        if (isPlaceholder(personalKey)) {
            logger.warn("{} is still a placeholder; /flaggate maintenance is disabled", KeyDefaults.PERSONAL_KEY_PATH);
            personalKey = null;
        }
        if (personalKey == null && Boolean.getBoolean("flaggate.staging")) {
            personalKey = KeyDefaults.STAGING_KEY_PREFIX + KeyDefaults.STAGING_KEY_BODY;
            logger.warn("No personal API key configured, staging fallback {} in use", personalKey);
        }
        if (personalKey != null) {
            logger.info("Personal API key loaded ({} characters)", personalKey.length());
        }

        String secureKey = firstNonBlank(
                System.getenv(KeyDefaults.SECURE_KEY_ENV),
                toml.getString(KeyDefaults.SECURE_KEY_PATH, ""));

        PostHogSettings postHog = new PostHogSettings(
                toml.getString("posthog.host", KeyDefaults.DEFAULT_HOST),
                toml.getString("posthog.project_id", ""),
                toml.getString(KeyDefaults.PROJECT_KEY_PATH, ""),
                personalKey,
                secureKey,
                ApiKeyType.fromConfig(toml.getString("posthog.local_evaluation_key", "secure")),
                toml.getBoolean("posthog.debug", false),
                toml.getLong("posthog.poll_interval_seconds", 30L).intValue());

        return new PluginConfig(
                postHog,
                toml.getString("flags.maintenance", "proxy-maintenance"),
                toml.getLong("flags.maintenance_flag_id", 0L).intValue(),
                toml.getString("flags.beta", "beta-lobby-access"),
                toml.getString("flags.chat_lockdown", "chat-lockdown"),
                toml.getList("flags.gated_servers", List.<String>of()),
                toml.getString("alerts.url", ""),
                firstNonBlank(System.getenv("FLAGGATE_ALERTS_TOKEN"), toml.getString("alerts.token", "")),
                toml.getBoolean("posthog.diagnostics", false));
    }

    private static boolean isPlaceholder(String key) {
        return key != null
                && (key.startsWith(KeyDefaults.PLACEHOLDER_PERSONAL_KEY) || key.contains(KeyDefaults.PLACEHOLDER_MARKER));
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }

    public PostHogSettings postHog() {
        return postHog;
    }

    public String maintenanceFlag() {
        return maintenanceFlag;
    }

    public int maintenanceFlagId() {
        return maintenanceFlagId;
    }

    public String betaFlag() {
        return betaFlag;
    }

    public String chatLockdownFlag() {
        return chatLockdownFlag;
    }

    public List<String> gatedServers() {
        return gatedServers;
    }

    public String alertsUrl() {
        return alertsUrl;
    }

    public String alertsToken() {
        return alertsToken;
    }

    public boolean diagnostics() {
        return diagnostics;
    }
}
