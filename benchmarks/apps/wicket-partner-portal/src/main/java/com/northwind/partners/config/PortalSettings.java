package com.northwind.partners.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Portal configuration: classpath {@code portal.properties} overlaid with environment variables.
 * Bound as a singleton in {@link PortalModule} and injected into pages and services.
 */
public class PortalSettings implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PortalSettings.class);

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    private final Properties props;

    public PortalSettings(Properties props) {
        this.props = props;
    }

    public static PortalSettings load() {
        Properties props = new Properties();
        try (InputStream in = PortalSettings.class.getResourceAsStream("/portal.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read portal.properties", e);
        }
        overlay(props, "JDBC_URL", "jdbc.url");
        overlay(props, "JDBC_PASSWORD", "jdbc.password");
        overlay(props, "POSTHOG_API_KEY", "posthog.api.key");
        overlay(props, "POSTHOG_PERSONAL_API_KEY", PERSONAL_KEY_PROPERTY);
        overlay(props, "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY", "posthog.feature-flags-secure-api-key");
        overlay(props, "POSTHOG_HOST", "posthog.host");

        PortalSettings settings = new PortalSettings(props);
        if (settings.getPersonalApiKey() == null) {
            LOG.warn("Property {} not set; local flag evaluation disabled", PERSONAL_KEY_PROPERTY);
        }
        LOG.info("Session timeout is {} minutes", settings.getSessionTimeoutMinutes());
        return settings;
    }

    private static void overlay(Properties props, String envName, String propertyName) {
        String value = System.getenv(envName);
        if (value != null && !value.isBlank()) {
            props.setProperty(propertyName, value);
        }
    }

    public String getBaseUrl() {
        return props.getProperty("portal.base-url", "http://localhost:8080");
    }

    public int getSessionTimeoutMinutes() {
        return Integer.parseInt(props.getProperty("portal.session-timeout-minutes", "30"));
    }

    public String getJdbcUrl() {
        return props.getProperty("jdbc.url");
    }

    public String getJdbcUser() {
        return props.getProperty("jdbc.user");
    }

    public String getJdbcPassword() {
        return props.getProperty("jdbc.password");
    }

    public String getPosthogHost() {
        return props.getProperty("posthog.host", "https://eu.i.posthog.com");
    }

    public String getPosthogAppHost() {
        return props.getProperty("posthog.app-host", "https://eu.posthog.com");
    }

    public String getPosthogProjectId() {
        return props.getProperty("posthog.project-id");
    }

    public String getProjectApiKey() {
        return props.getProperty("posthog.api.key");
    }

    public String getPersonalApiKey() {
        return props.getProperty(PERSONAL_KEY_PROPERTY);
    }

    public String getFlagsSecureKey() {
        return props.getProperty("posthog.feature-flags-secure-api-key", PostHogKeys.FLAGS_SECURE_KEY);
    }

    /** OAuth refresh token of the "partner-portal" PostHog OAuth app, used by the nightly export. */
    public String getOAuthRefreshToken() {
        return props.getProperty("posthog.oauth.refresh-token",
                "phr_eC3ATNyZBo9tG8npnJgPC3VjkWhxvCxG9CHSgD56AiWFEL9Y");
    }

    public boolean isPosthogDebug() {
        return Boolean.parseBoolean(props.getProperty("posthog.debug", "false"));
    }
}
