package com.northwind.portal.config;

import com.northwind.portal.analytics.ApiCredentials;
import com.northwind.portal.util.Keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Configuration holder: {@code portal.properties} from the classpath, overridden by
 * {@code -D} system properties set by the launcher. {@code ${VAR}} values are resolved
 * against the environment.
 */
public final class PortalSettings {

    public static final String PERSONAL_KEY_PROP = "posthog.personal-api-key";
    public static final String SECRET_KEY_PROP = "posthog.secret-key";
    public static final String PROJECT_KEY_PROP = "posthog.api.key";

    private static final String STAGING_PERSONAL_KEY = KeyParts.PERSONAL_PREFIX + KeyParts.STAGING_PERSONAL_BODY;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

    private final String stage;
    private final String posthogHost;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String projectSecretKey;
    private final long projectId;
    private final String jdbcUrl;
    private final String dbUser;
    private final String dbPassword;
    private final String portalBaseUrl;
    private final String oauthClientId;

    private PortalSettings(Properties props) {
        this.stage = value(props, "portal.stage", "dev");
        this.posthogHost = value(props, "posthog.host", KeyParts.STAGING_HOST);
        this.projectApiKey = value(props, PROJECT_KEY_PROP, null);
        String personal = value(props, PERSONAL_KEY_PROP, null);
        this.personalApiKey = personal != null ? personal
                : ("staging".equals(stage) ? STAGING_PERSONAL_KEY : null);
        this.projectSecretKey = value(props, SECRET_KEY_PROP, null);
        this.projectId = Long.parseLong(value(props, "posthog.project-id", "0"));
        this.jdbcUrl = value(props, "db.url", "jdbc:postgresql://localhost:5432/portal");
        this.dbUser = value(props, "db.user", "portal");
        this.dbPassword = value(props, "db.password", null);
        this.portalBaseUrl = value(props, "portal.base-url", "http://localhost:8080");
        this.oauthClientId = value(props, "posthog.oauth.client-id", null);
    }

    public static PortalSettings load() {
        Properties props = new Properties();
        try (InputStream in = PortalSettings.class.getResourceAsStream("/portal.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read portal.properties", e);
        }
        return new PortalSettings(props);
    }

    private static String value(Properties props, String name, String fallback) {
        String raw = System.getProperty(name, props.getProperty(name));
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        Matcher m = PLACEHOLDER.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String env = System.getenv(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(env == null ? "" : env));
        }
        m.appendTail(out);
        String resolved = out.toString();
        return resolved.isBlank() ? fallback : resolved;
    }

    public ApiCredentials apiCredentials() {
        return new ApiCredentials(posthogHost, personalApiKey);
    }

    public String getStage() {
        return stage;
    }

    public String getPosthogHost() {
        return posthogHost;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getProjectSecretKey() {
        return projectSecretKey;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getJdbcUrl() {
        return jdbcUrl;
    }

    public String getDbUser() {
        return dbUser;
    }

    public String getDbPassword() {
        return dbPassword;
    }

    public String getPortalBaseUrl() {
        return portalBaseUrl;
    }

    public String getOauthClientId() {
        return oauthClientId;
    }

    @Override
    public String toString() {
        return "PortalSettings{stage=" + stage
                + ", posthogHost=" + posthogHost
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + Keys.mask(personalApiKey)
                + ", projectSecretKey=" + Keys.mask(projectSecretKey)
                + ", jdbcUrl=" + jdbcUrl
                + ", dbUser=" + dbUser
                + ", dbPassword=" + (dbPassword == null ? "<unset>" : "********")
                + '}';
    }
}
