package dev.flagtool.cli.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

public final class ToolConfig {

    private static final Logger LOG = Logger.getLogger(ToolConfig.class.getName());

    public enum ApiKey {
        PERSONAL,
        FEATURE_FLAGS_SECURE,
        NONE
    }

    private final String host;
    private final String appHost;
    private final String projectId;
    private final String projectKey;
    private final String ingestKey;
    private final String personalApiKey;
    private final String secureKey;
    private final String proxyHost;
    private final int proxyPort;
    private final String proxyUser;
    private final String proxyPassword;
    private final Duration timeout;
    private final int pollIntervalSeconds;
    private final int previewPort;
    private final ApiKey apiKey;

    private ToolConfig(Properties props, Map<String, String> env) {
        this.host = firstNonBlank(env.get(ConfigDefaults.ENV_HOST),
                props.getProperty(ConfigDefaults.PROP_HOST), ConfigDefaults.DEFAULT_HOST);
        this.appHost = props.getProperty(ConfigDefaults.PROP_APP_HOST, ConfigDefaults.DEFAULT_APP_HOST);
        this.projectId = firstNonBlank(env.get(ConfigDefaults.ENV_PROJECT_ID),
                props.getProperty(ConfigDefaults.PROP_PROJECT_ID), null);
        this.projectKey = firstNonBlank(env.get(ConfigDefaults.ENV_PROJECT_KEY),
                props.getProperty(ConfigDefaults.PROP_PROJECT_KEY), ConfigDefaults.PUBLIC_PROJECT_KEY);
        this.ingestKey = props.getProperty(ConfigDefaults.PROP_INGEST_KEY);
        this.personalApiKey = firstNonBlank(env.get(ConfigDefaults.ENV_PERSONAL_API_KEY),
                props.getProperty(ConfigDefaults.PROP_PERSONAL_API_KEY), null);
        this.secureKey = firstNonBlank(env.get(ConfigDefaults.ENV_SECURE_KEY),
                props.getProperty(ConfigDefaults.PROP_SECURE_KEY),
                ConfigDefaults.SECURE_KEY_PREFIX + ConfigDefaults.SANDBOX_SECURE_KEY_BODY);
        this.proxyHost = props.getProperty(ConfigDefaults.PROP_PROXY_HOST, "");
        this.proxyPort = Integer.parseInt(props.getProperty(ConfigDefaults.PROP_PROXY_PORT, "3128"));
        this.proxyUser = props.getProperty(ConfigDefaults.PROP_PROXY_USER, "");
        this.proxyPassword = props.getProperty(ConfigDefaults.PROP_PROXY_PASSWORD, "");
        this.timeout = Duration.ofSeconds(Long.parseLong(
                props.getProperty(ConfigDefaults.PROP_TIMEOUT, String.valueOf(ConfigDefaults.DEFAULT_TIMEOUT.toSeconds()))));
        this.pollIntervalSeconds = Integer.parseInt(props.getProperty(ConfigDefaults.PROP_POLL_INTERVAL,
                String.valueOf(ConfigDefaults.DEFAULT_POLL_INTERVAL_SECONDS)));
        this.previewPort = Integer.parseInt(props.getProperty(ConfigDefaults.PROP_PREVIEW_PORT,
                String.valueOf(ConfigDefaults.DEFAULT_PREVIEW_PORT)));

        if (personalApiKey != null) {
            this.apiKey = ApiKey.PERSONAL;
        } else if (secureKey != null) {
            this.apiKey = ApiKey.FEATURE_FLAGS_SECURE;
        } else {
            this.apiKey = ApiKey.NONE;
        }

        if (personalApiKey == null) {
            LOG.warning("No personal API key found; set " + ConfigDefaults.ENV_PERSONAL_API_KEY
                    + " or " + ConfigDefaults.PROP_PERSONAL_API_KEY);
        } else {
            LOG.fine("Personal API key loaded (" + personalApiKey.length() + " chars)");
        }
        LOG.logp(Level.FINE, ToolConfig.class.getName(), "<init>", "Feature flag secure key resolved: {0}", secureKey);
        LOG.config("API key in use: " + apiKey);
    }

    public static ToolConfig load(Path userFile) throws IOException {
        Properties props = new Properties();
        try (InputStream in = ToolConfig.class.getResourceAsStream("/flagtool-defaults.properties")) {
            if (in != null) {
                props.load(in);
            }
        }
        if (Files.isReadable(userFile)) {
            try (Reader reader = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
                props.load(reader);
            }
            LOG.fine(() -> "Loaded " + userFile);
        } else {
            LOG.fine(() -> "No user config at " + userFile + ", using defaults");
        }
        return new ToolConfig(props, System.getenv());
    }

    private static String firstNonBlank(String a, String b, String fallback) {
        if (a != null && !a.isBlank()) {
            return a.trim();
        }
        if (b != null && !b.isBlank()) {
            return b.trim();
        }
        return fallback;
    }

    public String getHost() {
        return host;
    }

    public String getAppHost() {
        return appHost;
    }

    public String getProjectId() {
        return projectId;
    }

    public String getProjectKey() {
        return projectKey;
    }

    public String getIngestKey() {
        return ingestKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getSecureKey() {
        return secureKey;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public int getProxyPort() {
        return proxyPort;
    }

    public String getProxyUser() {
        return proxyUser;
    }

    public String getProxyPassword() {
        return proxyPassword;
    }

    public Duration getTimeout() {
        return timeout;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public int getPreviewPort() {
        return previewPort;
    }

    public ApiKey getApiKey() {
        return apiKey;
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }
}
