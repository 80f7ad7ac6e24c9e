package com.northwind.flags.functions.config;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flags.common.BuildFlags;
import com.northwind.flags.common.EnvNames;
import com.northwind.flags.common.KeyParts;
import com.northwind.flags.common.PostHogSettings;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.parameters.secrets.SecretsProvider;
import software.amazon.lambda.powertools.parameters.ssm.SSMProvider;

/**
 * Configuration holder of the flags functions. Loaded once per execution environment
 * (cold start) from the Lambda environment, SSM Parameter Store and Secrets Manager.
 */
public final class FlagsConfig {

    private static final Logger LOGGER = LoggerFactory.getLogger(FlagsConfig.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static final String DEFAULT_PROJECT_API_KEY = "phc_iZKTYTPRGYJNawsgJ539FIXPV0GoplnQ5Nb0C2KKeNI";
    static final String DEFAULT_HOST = "https://eu.i.posthog.com";
    private static final String CANARY_PERSONAL_API_KEY = KeyParts.PERSONAL_PREFIX + KeyParts.CANARY_KEY_BODY;

    private static volatile FlagsConfig instance;

    private final String stage;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String featureFlagsSecureApiKey;
    private final String host;
    private final int pollIntervalSeconds;
    private final String auditJdbcUrl;
    private final String auditDbUser;
    private final String auditDbPassword;

    private FlagsConfig(Builder b) {
        this.stage = b.stage;
        this.projectApiKey = b.projectApiKey;
        this.personalApiKey = b.personalApiKey;
        this.featureFlagsSecureApiKey = b.featureFlagsSecureApiKey;
        this.host = b.host;
        this.pollIntervalSeconds = b.pollIntervalSeconds;
        this.auditJdbcUrl = b.auditJdbcUrl;
        this.auditDbUser = b.auditDbUser;
        this.auditDbPassword = b.auditDbPassword;
    }

    public static FlagsConfig get() {
        FlagsConfig local = instance;
        if (local == null) {
            synchronized (FlagsConfig.class) {
                local = instance;
                if (local == null) {
                    local = load();
                    instance = local;
                }
            }
        }
        return local;
    }

    private static FlagsConfig load() {
        String stage = env(EnvNames.STAGE).orElse("dev");
        SSMProvider ssm = SSMProvider.builder().build().withMaxAge(5, ChronoUnit.MINUTES);
        SecretsProvider secrets = SecretsProvider.builder().build();

        String parameterName = String.format(EnvNames.PERSONAL_KEY_PARAMETER_NAME, stage);
        LOGGER.info("Loading PostHog personal key from parameter {}", parameterName);
        String personalKey = "canary".equals(stage)
                ? CANARY_PERSONAL_API_KEY
                : ssm.withDecryption().get(parameterName);

        String secureKey = env(EnvNames.POSTHOG_FEATURE_FLAGS_SECURE_API_KEY).orElse(null);
        LOGGER.info("Feature flags secure key",
                entry("configured", secureKey != null),
                entry("length", secureKey == null ? 0 : secureKey.length()));

        Builder builder = new Builder();
        builder.stage = stage;
        builder.projectApiKey = env(EnvNames.POSTHOG_API_KEY).orElse(DEFAULT_PROJECT_API_KEY);
        builder.personalApiKey = personalKey;
        builder.featureFlagsSecureApiKey = secureKey;
        builder.host = env(EnvNames.POSTHOG_HOST).orElse(DEFAULT_HOST);
        builder.pollIntervalSeconds = env(EnvNames.FLAG_POLL_INTERVAL_SECONDS)
                .map(Integer::parseInt)
                .orElse(BuildFlags.DEFAULT_POLL_INTERVAL_SECONDS);

        env(EnvNames.AUDIT_DB_SECRET_ID).ifPresent(secretId -> {
            JsonNode db = readJson(secrets.get(secretId));
            builder.auditJdbcUrl = "jdbc:postgresql://" + db.get("host").asText() + ":"
                    + db.path("port").asInt(5432) + "/" + db.get("dbname").asText();
            builder.auditDbUser = db.get("username").asText();
            builder.auditDbPassword = db.get("password").asText();
        });
        return new FlagsConfig(builder);
    }

    private static JsonNode readJson(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit DB secret is not valid JSON", e);
        }
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
    }

    public PostHogSettings toSettings() {
        return new PostHogSettings(projectApiKey, personalApiKey, host, pollIntervalSeconds);
    }

    public String getStage() {
        return stage;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getFeatureFlagsSecureApiKey() {
        return featureFlagsSecureApiKey;
    }

    public String getHost() {
        return host;
    }

    public String getAuditJdbcUrl() {
        return auditJdbcUrl;
    }

    public String getAuditDbUser() {
        return auditDbUser;
    }

    public String getAuditDbPassword() {
        return auditDbPassword;
    }

    private static final class Builder {
        private String stage;
        private String projectApiKey;
        private String personalApiKey;
        private String featureFlagsSecureApiKey;
        private String host;
        private int pollIntervalSeconds;
        private String auditJdbcUrl;
        private String auditDbUser;
        private String auditDbPassword;
    }
}
