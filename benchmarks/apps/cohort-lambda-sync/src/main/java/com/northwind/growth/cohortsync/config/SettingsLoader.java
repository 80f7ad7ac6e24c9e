package com.northwind.growth.cohortsync.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * Builds {@link SyncSettings}. Order of precedence: environment, Parameter Store, Secrets Manager,
 * then (stage {@code local} only) {@code cohort-sync.properties} and {@link LocalDefaults}.
 */
public final class SettingsLoader {

    private static final Logger LOG = LogManager.getLogger(SettingsLoader.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::([^}]*))?}");

    private final Map<String, String> env;

    public SettingsLoader() {
        this(System.getenv());
    }

    SettingsLoader(Map<String, String> env) {
        this.env = env;
    }

    public SyncSettings load() {
        String stage = env.getOrDefault(SettingsNames.ENV_STAGE, "local");
        LOG.info("Loading settings for stage {}", stage);
        return "local".equals(stage) ? loadLocal() : loadFromAws(stage);
    }

    private SyncSettings loadFromAws(String stage) {
        Region region = Region.of(env.getOrDefault(SettingsNames.ENV_AWS_REGION, "eu-west-1"));
        try (SsmClient ssm = SsmClient.builder().region(region).httpClient(UrlConnectionHttpClient.create()).build();
             SecretsManagerClient sm = SecretsManagerClient.builder().region(region).httpClient(UrlConnectionHttpClient.create()).build()) {

            ParameterStoreSettings parameters = new ParameterStoreSettings(ssm, SettingsNames.parameterPath(stage));
            SecretsManagerCredentialSource secrets = new SecretsManagerCredentialSource(sm);

            Map<String, String> params = parameters.loadAll();
            PostHogCredentials credentials = secrets.loadPostHogCredentials(
                    env.getOrDefault(SettingsNames.ENV_CREDENTIALS_SECRET_ID, "cohort-sync/" + stage + "/posthog"));

            String personalKey = env.get(SettingsNames.ENV_POSTHOG_PERSONAL_API_KEY);
            if (personalKey == null) {
                personalKey = params.get(SettingsNames.PARAM_PERSONAL_API_KEY);
            }
            if (personalKey != null) {
                credentials = credentials.withPersonalApiKey(personalKey);
            }

            SyncSettings.Warehouse warehouse = secrets.loadWarehouse(
                    env.getOrDefault(SettingsNames.ENV_WAREHOUSE_SECRET_ID, "cohort-sync/" + stage + "/warehouse"),
                    "audiences");

            return new SyncSettings(
                    stage,
                    env.getOrDefault(SettingsNames.ENV_POSTHOG_HOST, "https://eu.posthog.com"),
                    Long.parseLong(required(SettingsNames.ENV_POSTHOG_PROJECT_ID)),
                    Integer.parseInt(params.getOrDefault(SettingsNames.PARAM_BATCH_SIZE, "500")),
                    credentials,
                    new SyncSettings.OAuthApp(
                            params.get(SettingsNames.PARAM_OAUTH_CLIENT_ID),
                            params.get(SettingsNames.PARAM_OAUTH_CLIENT_SECRET)),
                    warehouse,
                    env.getOrDefault(SettingsNames.ENV_ADMIN_UI_URL, "https://audiences.northwind.io"));
        }
    }

    private SyncSettings loadLocal() {
        Properties props = new Properties();
        try (InputStream in = SettingsLoader.class.getResourceAsStream("/cohort-sync.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String personalKey = resolve(props.getProperty("posthog.personal-api-key"));
        String projectKey = resolve(props.getProperty("posthog.api.key"));
        PostHogCredentials credentials = new PostHogCredentials(
                projectKey == null || projectKey.isBlank() ? LocalDefaults.PROJECT_API_KEY : projectKey,
                personalKey,
                LocalDefaults.FLAGS_SECURE_KEY);
        return new SyncSettings(
                "local",
                props.getProperty("posthog.host", LocalDefaults.HOST),
                Long.parseLong(props.getProperty("posthog.project-id", Long.toString(LocalDefaults.PROJECT_ID))),
                Integer.parseInt(props.getProperty("sync.batch-size", Integer.toString(LocalDefaults.BATCH_SIZE))),
                credentials,
                new SyncSettings.OAuthApp(resolve(props.getProperty("posthog.oauth.client-id")),
                        resolve(props.getProperty("posthog.oauth.client-secret"))),
                new SyncSettings.Warehouse(
                        props.getProperty("warehouse.jdbc-url", LocalDefaults.WAREHOUSE_JDBC_URL),
                        props.getProperty("warehouse.username", LocalDefaults.WAREHOUSE_USER),
                        resolve(props.getProperty("warehouse.password")),
                        LocalDefaults.WAREHOUSE_SCHEMA),
                "http://localhost:5173");
    }

    /** Expands {@code ${ENV_VAR}} and {@code ${ENV_VAR:default}} from the process environment. */
    private String resolve(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = env.getOrDefault(m.group(1), m.group(2) == null ? "" : m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String required(String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Missing required environment variable " + name);
        }
        return value;
    }
}
