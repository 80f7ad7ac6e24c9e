package org.lanternboard.web.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

public final class AppConfig {

    private final Properties props = new Properties();

    private AppConfig() {
    }

    public static AppConfig load() {
        AppConfig cfg = new AppConfig();
        cfg.read("/lantern.properties");
        String profile = System.getenv("LANTERN_PROFILE");
        if (profile != null) {
            cfg.read("/lantern-" + profile + ".properties");
        }
        return cfg;
    }

    private void read(String resource) {
        try (InputStream in = AppConfig.class.getResourceAsStream(resource)) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public String projectKey() {
        return props.getProperty(PostHogDefaults.PROJECT_KEY_PROPERTY);
    }

    public String host() {
        return props.getProperty("posthog.host", PostHogDefaults.EU_HOST);
    }

    public String personalKey() {
        String env = System.getenv("POSTHOG_PERSONAL_API_KEY");
        return env != null ? env : props.getProperty(PostHogDefaults.PERSONAL_KEY_PROPERTY);
    }

    public String secretKey() {
        String value = props.getProperty(PostHogDefaults.SECRET_KEY_PROPERTY);
        return value == null || value.isBlank() ? PostHogDefaults.DEMO_SECURE_KEY : value;
    }

    public long projectId() {
        return Long.parseLong(props.getProperty("posthog.project.id", "0"));
    }

    public String dbPassword() {
        return System.getenv("BOARD_DB_PASSWORD");
    }
}
