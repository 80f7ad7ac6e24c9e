package com.northwind.flagrelay.config;

import com.northwind.flagrelay.util.Secrets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Relay settings: {@code relay.properties} on the classpath, overridden by environment
 * variables ({@code posthog.api-key} -> {@code POSTHOG_API_KEY}).
 */
public final class RelayConfig {

    private static final Logger LOG = LogManager.getLogger(RelayConfig.class);

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECRET_KEY_PROPERTY = "posthog.secret-key";

    private static final String LOCAL_DEV_PERSONAL_KEY = KeyParts.PERSONAL_PREFIX + KeyParts.PERSONAL_BODY;

    private static volatile RelayConfig current;

    private final int port;
    private final String basePath;
    private final List<String> allowedOrigins;
    private final String postHogHost;
    private final String postHogUiHost;
    private final int pollIntervalSeconds;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String postHogSecretKey;
    private final String adminUser;
    private final String adminPassword;

    private RelayConfig(Properties props) {
        this.port = Integer.parseInt(resolve(props, "relay.port", "8080"));
        this.basePath = resolve(props, "relay.base-path", "/api");
        this.allowedOrigins = List.of(resolve(props, "relay.allowed-origins", "").split(","));
        this.postHogHost = resolve(props, "posthog.host", "https://us.i.posthog.com");
        this.postHogUiHost = resolve(props, "posthog.ui-host", KeyParts.DEFAULT_UI_HOST);
        this.pollIntervalSeconds = Integer.parseInt(resolve(props, "posthog.poll-interval-seconds",
                String.valueOf(BuildInfo.DEFAULT_POLL_SECONDS)));
        this.projectApiKey = resolve(props, "posthog.api-key", null);
        String personal = resolve(props, PERSONAL_KEY_PROPERTY, null);
        if (personal == null && "local".equals(System.getenv("RELAY_ENV"))) {
            personal = LOCAL_DEV_PERSONAL_KEY;
        }
        if (personal == null) {
            LOG.warn("{} not set; falling back to remote flag evaluation", PERSONAL_KEY_PROPERTY);
        }
        this.personalApiKey = personal;
        this.postHogSecretKey = resolve(props, SECRET_KEY_PROPERTY, null);
        this.adminUser = resolve(props, "admin.user", "relay-admin");
        this.adminPassword = resolve(props, "admin.password", null);
    }

    public static RelayConfig load() {
        Properties props = new Properties();
        try (InputStream in = RelayConfig.class.getResourceAsStream("/relay.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read relay.properties", e);
        }
        LOG.debug("relay.properties loaded: {}", props);
        RelayConfig config = new RelayConfig(props);
        current = config;
        return config;
    }

    /** For code the HK2 container does not create (the Tyrus endpoints). */
    public static RelayConfig current() {
        return current;
    }

    private static String resolve(Properties props, String name, String fallback) {
        String envName = name.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
        String fromEnv = System.getenv(envName);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        String value = props.getProperty(name);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            return fallback;
        }
        return value.trim();
    }

    public PostHogCredentials credentials() {
        return new PostHogCredentials(personalApiKey, postHogSecretKey);
    }

    public int getPort() {
        return port;
    }

    public String getBasePath() {
        return basePath;
    }

    public List<String> getAllowedOrigins() {
        return allowedOrigins;
    }

    public String getPostHogHost() {
        return postHogHost;
    }

    public String getPostHogUiHost() {
        return postHogUiHost;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getPostHogSecretKey() {
        return postHogSecretKey;
    }

    public String getAdminUser() {
        return adminUser;
    }

    public String getAdminPassword() {
        return adminPassword;
    }

    @Override
    public String toString() {
        return "RelayConfig{port=" + port
                + ", host=" + postHogHost
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + Secrets.mask(personalApiKey)
                + ", postHogSecretKey=" + Secrets.mask(postHogSecretKey)
                + ", adminPassword=" + (adminPassword == null ? "<unset>" : "<redacted>")
                + "}";
    }
}
