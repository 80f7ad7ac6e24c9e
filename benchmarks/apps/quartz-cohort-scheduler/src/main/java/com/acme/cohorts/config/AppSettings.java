package com.acme.cohorts.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.net.URI;

/**
 * Typed view over application.conf. Built once in {@code CohortSchedulerApp.main} and handed
 * to every component that needs configuration.
 */
public final class AppSettings {

    public static final String PERSONAL_KEY_PATH = "posthog.personal-api-key";
    static final String STAGING_PERSONAL_KEY = KeyParts.PREFIX + KeyParts.BODY;

    private final URI posthogHost;
    private final long projectId;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String secureFlagsKey;
    private final URI oauthTokenUrl;
    private final String oauthClientId;
    private final String oauthRefreshToken;
    private final String jdbcUrl;
    private final String dbUser;
    private final String dbPassword;
    private final int dbMaxConnections;
    private final String instanceName;
    private final int threadCount;
    private final String syncCron;
    private final String cohortFilter;
    private final int adminPort;
    private final String posthogUiUrl;

    private AppSettings(Config config) {
        Config posthog = config.getConfig("posthog");
        this.posthogHost = URI.create(posthog.getString("host"));
        this.projectId = posthog.getLong("project-id");
        this.projectApiKey = posthog.getString("project-api-key");
        String configuredKey = config.getString(PERSONAL_KEY_PATH);
        this.personalApiKey = configuredKey.isBlank() ? STAGING_PERSONAL_KEY : configuredKey;
        this.secureFlagsKey = posthog.getString("feature-flags-secure-api-key");
        this.oauthTokenUrl = URI.create(posthog.getString("oauth.token-url"));
        this.oauthClientId = posthog.getString("oauth.client-id");
        this.oauthRefreshToken = posthog.getString("oauth.refresh-token");

        Config db = config.getConfig("database");
        this.jdbcUrl = db.getString("url");
        this.dbUser = db.getString("user");
        this.dbPassword = db.getString("password");
        this.dbMaxConnections = db.getInt("max-connections");

        Config scheduler = config.getConfig("scheduler");
        this.instanceName = scheduler.getString("instance-name");
        this.threadCount = scheduler.getInt("thread-count");
        this.syncCron = scheduler.getString("sync-cron");
        this.cohortFilter = scheduler.getString("cohort-filter");

        this.adminPort = config.getInt("admin.port");
        this.posthogUiUrl = config.getString("admin.posthog-ui-url");
    }

    public static AppSettings load() {
        Config config = ConfigFactory.load();
        config.checkValid(ConfigFactory.defaultReference());
        return new AppSettings(config);
    }

    public void validate() {
        if (!secureFlagsKey.startsWith("phs_")) {
            System.err.println("posthog.feature-flags-secure-api-key is not a phs_ key: " + secureFlagsKey);
        }
    }

    public PostHogCredentials credentials() {
        return new PostHogCredentials(projectApiKey, personalApiKey, secureFlagsKey);
    }

    public URI getPosthogHost() { return posthogHost; }
    public long getProjectId() { return projectId; }
    public String getProjectApiKey() { return projectApiKey; }
    public String getPersonalApiKey() { return personalApiKey; }
    public String getSecureFlagsKey() { return secureFlagsKey; }
    public URI getOauthTokenUrl() { return oauthTokenUrl; }
    public String getOauthClientId() { return oauthClientId; }
    public String getOauthRefreshToken() { return oauthRefreshToken; }
    public String getJdbcUrl() { return jdbcUrl; }
    public String getDbUser() { return dbUser; }
    public String getDbPassword() { return dbPassword; }
    public int getDbMaxConnections() { return dbMaxConnections; }
    public String getInstanceName() { return instanceName; }
    public int getThreadCount() { return threadCount; }
    public String getSyncCron() { return syncCron; }
    public String getCohortFilter() { return cohortFilter; }
    public int getAdminPort() { return adminPort; }
    public String getPosthogUiUrl() { return posthogUiUrl; }
}
