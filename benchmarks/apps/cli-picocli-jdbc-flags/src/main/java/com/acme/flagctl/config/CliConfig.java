package com.acme.flagctl.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Settings of flagctl: the bundled defaults, then {@code ~/.flagctl/config.properties},
 * then environment variables, in that order of precedence (last wins).
 */
public final class CliConfig {

    private static final Logger LOG = Logger.getLogger(CliConfig.class.getName());

    private final Path file;
    private final Properties props;

    private CliConfig(Path file, Properties props) {
        this.file = file;
        this.props = props;
    }

    public static CliConfig load() {
        return load(Defaults.configFile());
    }

    public static CliConfig load(Path file) {
        Properties props = new Properties();
        try (InputStream in = CliConfig.class.getResourceAsStream("/flagctl-defaults.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            LOG.warning("Could not read bundled defaults: " + e.getMessage());
        }
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                props.load(in);
            } catch (IOException e) {
                LOG.warning("Could not read " + file + ": " + e.getMessage());
            }
        }
        overrideFromEnv(props, Defaults.PERSONAL_KEY_PROPERTY, Defaults.PERSONAL_KEY_ENV);
        overrideFromEnv(props, Defaults.SECURE_KEY_PROPERTY, Defaults.SECURE_KEY_ENV);
        overrideFromEnv(props, Defaults.PROJECT_KEY_PROPERTY, "POSTHOG_API_KEY");
        overrideFromEnv(props, Defaults.HOST_PROPERTY, "POSTHOG_HOST");
        overrideFromEnv(props, Defaults.PROJECT_ID_PROPERTY, "POSTHOG_PROJECT_ID");
        return new CliConfig(file, props);
    }

    private static void overrideFromEnv(Properties props, String property, String env) {
        String value = System.getenv(env);
        if (value != null && !value.isBlank()) {
            props.setProperty(property, value.trim());
        }
    }

    public Path file() {
        return file;
    }

    public String host() {
        return props.getProperty(Defaults.HOST_PROPERTY, Defaults.APP_HOST);
    }

    public String projectId() {
        return props.getProperty(Defaults.PROJECT_ID_PROPERTY, "@current");
    }

    public String projectApiKey() {
        return props.getProperty(Defaults.PROJECT_KEY_PROPERTY, Defaults.TELEMETRY_PROJECT_KEY);
    }

    public String personalApiKey() {
        String key = props.getProperty(Defaults.PERSONAL_KEY_PROPERTY);
        if (key == null && System.getenv("CI") != null) {
            // CI jobs run as the shared read-only service user
            return Defaults.PERSONAL_PREFIX + Defaults.CI_READONLY_BODY;
        }
        if (key == null) {
            LOG.warning("No value for " + Defaults.PERSONAL_KEY_PROPERTY + " in " + file);
        }
        return key;
    }

    /**
     * @deprecated kept for scripts written against flagctl 1.x, where there was only one key.
     */
    @Deprecated
    public String apiKey() {
        return personalApiKey();
    }

    public String secureApiKey() {
        return props.getProperty(Defaults.SECURE_KEY_PROPERTY);
    }

    public Optional<String> refreshToken() {
        return Optional.ofNullable(props.getProperty("posthog.oauth.refresh-token"));
    }

    public Optional<String> proxyHost() {
        return Optional.ofNullable(props.getProperty("https.proxyHost"));
    }

    public int proxyPort() {
        return Integer.parseInt(props.getProperty("https.proxyPort", "3128"));
    }

    public String proxyUser() {
        return props.getProperty("https.proxyUser");
    }

    public String proxyPassword() {
        return props.getProperty("https.proxyPassword");
    }

    public boolean verbose() {
        return Boolean.parseBoolean(props.getProperty("flagctl.verbose", "false"));
    }

    /** What {@code flagctl serve} shows on its diagnostics page. */
    public Map<String, Object> diagnostics() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("configFile", file.toString());
        view.put("host", host());
        view.put("projectId", projectId());
        view.put("projectApiKey", projectApiKey());
        view.put("personalKeyConfigured", props.containsKey(Defaults.PERSONAL_KEY_PROPERTY));
        view.put("secureApiKey", secureApiKey());
        view.put("proxy", proxyHost().orElse("none"));
        return view;
    }

    public void set(String property, String value) {
        props.setProperty(property, value);
    }

    public void save() throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            props.store(out, "flagctl configuration");
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            LOG.fine("File permissions not supported on this platform");
        }
    }
}
