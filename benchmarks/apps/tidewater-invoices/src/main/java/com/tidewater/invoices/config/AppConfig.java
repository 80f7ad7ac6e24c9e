package com.tidewater.invoices.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Immutable configuration of one Lambda container. Built once per cold start.
 */
public final class AppConfig {

    private static final Logger log = LogManager.getLogger(AppConfig.class);

    private final String stage;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String flagsSecureKey;
    private final String dbUrl;
    private final String dbUser;
    private final String dbPassword;

    private AppConfig(String stage, String projectApiKey, String personalApiKey, String flagsSecureKey,
                      String dbUrl, String dbUser, String dbPassword) {
        this.stage = stage;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.flagsSecureKey = flagsSecureKey;
        this.dbUrl = dbUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
    }

    public static AppConfig fromEnvironment(SecretsProvider secrets) {
        String stage = Optional.ofNullable(System.getenv("STAGE")).orElse("local");
        Properties local = classpathProperties();

        String projectKey = Optional.ofNullable(System.getenv("POSTHOG_API_KEY"))
                .orElse(PostHogDefaults.PROJECT_API_KEY);
        log.info("Stage {} reports to PostHog project {}", stage, projectKey);

        Map<String, String> bundle = secrets.loadBundle(System.getenv("TIDEWATER_SECRET_ARN"));
        String personal = bundle.getOrDefault("posthogPersonalApiKey",
                Optional.ofNullable(System.getenv(PostHogDefaults.PERSONAL_KEY_ENV))
                        .orElse(local.getProperty("posthog.personal.api.key")));
        log.info("Personal key loaded: present={}, length={}", personal != null,
                personal == null ? 0 : personal.length());

        String flagsKey = bundle.get("posthogFeatureFlagsSecureApiKey");
        if (flagsKey == null && "sandbox".equals(stage)) {
            flagsKey = PostHogDefaults.SANDBOX_FLAGS_KEY;
        }

        return new AppConfig(stage, projectKey, personal, flagsKey,
                bundle.getOrDefault("dbUrl", local.getProperty("db.url")),
                bundle.getOrDefault("dbUser", local.getProperty("db.user")),
                bundle.getOrDefault("dbPassword", local.getProperty("db.password")));
    }

    private static Properties classpathProperties() {
        Properties props = new Properties();
        try (InputStream in = AppConfig.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            log.warn("Could not read application.properties: {}", e.getMessage());
        }
        return props;
    }

    public String stage() {
        return stage;
    }

    public boolean isLocalStage() {
        return "local".equals(stage);
    }

    public String projectApiKey() {
        return projectApiKey;
    }

    public String personalApiKey() {
        return personalApiKey;
    }

    public String flagsSecureKey() {
        return flagsSecureKey;
    }

    public String dbUrl() {
        return dbUrl;
    }

    public String dbUser() {
        return dbUser;
    }

    public String dbPassword() {
        return dbPassword;
    }
}
