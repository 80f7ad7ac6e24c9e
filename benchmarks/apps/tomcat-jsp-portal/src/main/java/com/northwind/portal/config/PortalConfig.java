package com.northwind.portal.config;

import com.northwind.portal.model.PostHogCredentials;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads portal.properties once and resolves ${ENV_VAR} placeholders against the
 * process environment. One instance lives in the ServletContext (see PortalStartupListener).
 */
public final class PortalConfig {

    public static final String CONTEXT_ATTRIBUTE = PortalConfig.class.getName();

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

    private final Properties props = new Properties();

    private PortalConfig() {
    }

    public static PortalConfig load() {
        PortalConfig config = new PortalConfig();
        try (InputStream in = PortalConfig.class.getResourceAsStream("/portal.properties")) {
            if (in == null) {
                throw new IllegalStateException("portal.properties missing from classpath");
            }
            config.props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return config;
    }

    private String resolve(String name) {
        String sys = System.getProperty(name);
        if (sys != null) {
            return sys;
        }
        String raw = props.getProperty(name);
        if (raw == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(raw);
        if (m.matches()) {
            return System.getenv(m.group(1));
        }
        return raw;
    }

    public String getBaseUrl() {
        return resolve("portal.base-url");
    }

    public int getSessionTimeoutMinutes() {
        return Integer.parseInt(resolve("portal.session-timeout-minutes"));
    }

    public String getDbUrl() {
        return resolve("db.url");
    }

    public String getDbUser() {
        return resolve("db.user");
    }

    public String getDbPassword() {
        return resolve("db.password");
    }

    public int getDbPoolSize() {
        return Integer.parseInt(props.getProperty("db.pool-size", "10"));
    }

    public String getPostHogHost() {
        String host = resolve(PostHogKeys.PROP_HOST);
        return host != null ? host : PostHogKeys.DEFAULT_HOST;
    }

    public String getProjectApiKey() {
        String key = resolve(PostHogKeys.PROP_PROJECT_KEY);
        return key != null ? key : PostHogKeys.DEFAULT_PROJECT_KEY;
    }

    public String getPersonalApiKey() {
        String key = resolve(PostHogKeys.PROP_PERSONAL_KEY);
        if (key == null || key.isBlank()) {
            key = PostHogKeys.PERSONAL_KEY_PREFIX + PostHogKeys.SERVICE_ACCOUNT_KEY_BODY;
        }
        return key;
    }

    public String getFlagsSecureKey() {
        return resolve(PostHogKeys.PROP_FLAGS_SECURE_KEY);
    }

    public boolean isPostHogDebug() {
        return Boolean.parseBoolean(resolve("posthog.debug"));
    }

    public String getOAuthClientId() {
        return resolve("posthog.oauth.client-id");
    }

    public String getOAuthClientSecret() {
        return System.getenv("POSTHOG_OAUTH_CLIENT_SECRET");
    }

    public String getOAuthRedirectUri() {
        return resolve("posthog.oauth.redirect-uri");
    }

    public PostHogCredentials postHogCredentials() {
        return new PostHogCredentials(getPostHogHost(), getProjectApiKey(), getPersonalApiKey());
    }
}
