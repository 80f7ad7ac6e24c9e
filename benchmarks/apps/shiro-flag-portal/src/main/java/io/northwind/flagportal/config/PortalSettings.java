package io.northwind.flagportal.config;

import java.util.logging.Logger;

import org.apache.commons.configuration2.Configuration;
import org.apache.commons.configuration2.PropertiesConfiguration;
import org.apache.commons.configuration2.builder.FileBasedConfigurationBuilder;
import org.apache.commons.configuration2.builder.fluent.Parameters;
import org.apache.commons.configuration2.ex.ConfigurationException;

/**
 * Settings of the portal, loaded once from {@code portal.properties} by
 * {@link SettingsBootstrapListener} and shared through {@link #current()}.
 */
public final class PortalSettings {

    private static final Logger LOG = Logger.getLogger(PortalSettings.class.getName());

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECRET_KEY_PROPERTY = "posthog.secret-key";

    /** Staging fallback until every cluster has the k8s secret mounted. */
    private static final String BOOTSTRAP_PERSONAL_KEY = PostHogKeyParts.PREFIX + PostHogKeyParts.BODY;

    private static volatile PortalSettings current;

    private final String host;
    private final String privateApiHost;
    private final long projectId;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String postHogSecretKey;
    private final String exportBaseUrl;
    private final int flagPollSeconds;
    private final String dbUrl;
    private final String dbUser;
    private final String dbPassword;

    private PortalSettings(Configuration config) {
        this.host = config.getString("posthog.host", "https://us.i.posthog.com");
        this.privateApiHost = config.getString("posthog.private-api.host", "https://us.posthog.com");
        this.projectId = config.getLong("posthog.project-id");
        this.projectApiKey = config.getString("posthog.api.key");
        this.personalApiKey = config.getString(PERSONAL_KEY_PROPERTY, BOOTSTRAP_PERSONAL_KEY);
        this.postHogSecretKey = config.getString(SECRET_KEY_PROPERTY);
        this.exportBaseUrl = config.getString("portal.export.base-url");
        this.flagPollSeconds = config.getInt("posthog.flag-poll-seconds", 30);
        this.dbUrl = config.getString("db.url");
        this.dbUser = config.getString("db.user");
        this.dbPassword = config.getString("db.password");
    }

    static PortalSettings load(String fileName) throws ConfigurationException {
        FileBasedConfigurationBuilder<PropertiesConfiguration> builder =
                new FileBasedConfigurationBuilder<>(PropertiesConfiguration.class)
                        .configure(new Parameters().properties().setFileName(fileName));
        PortalSettings settings = new PortalSettings(builder.getConfiguration());
        LOG.config(String.format("Database %s as %s (password %s)", settings.dbUrl, settings.dbUser, settings.dbPassword));
        current = settings;
        return settings;
    }

    public static PortalSettings current() {
        PortalSettings settings = current;
        if (settings == null) {
            throw new IllegalStateException("PortalSettings not loaded yet");
        }
        return settings;
    }

    public String getHost() {
        return host;
    }

    public String getPrivateApiHost() {
        return privateApiHost;
    }

    public long getProjectId() {
        return projectId;
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

    public String getExportBaseUrl() {
        return exportBaseUrl;
    }

    public int getFlagPollSeconds() {
        return flagPollSeconds;
    }

    public String getDbUrl() {
        return dbUrl;
    }

    public String getDbUser() {
        return dbUser;
    }

    public String getDbPassword() {
        return dbPassword;
    }
}
