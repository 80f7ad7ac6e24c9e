package com.acme.analytics.enricher.config;

import com.acme.analytics.enricher.model.FlagCredentials;
import com.acme.analytics.enricher.util.KeyMasker;
import com.google.common.base.Preconditions;
import java.io.Serializable;
import java.util.Optional;
import org.apache.flink.api.java.utils.ParameterTool;

/**
 * Everything the job needs, resolved once on the client and shipped to the task managers
 * with the functions that hold it.
 */
public final class EnricherSettings implements Serializable {

    private static final long serialVersionUID = 3L;

    private final String jobName;
    private final int parallelism;
    private final int statusPort;
    private final String kafkaBootstrapServers;
    private final String rawTopic;
    private final String kafkaGroupId;
    private final String kafkaUsername;
    private final String kafkaPassword;
    private final String host;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String secureApiKey;
    private final int flagPollSeconds;

    private EnricherSettings(ParameterTool params) {
        this.jobName = params.get("job.name", "posthog-event-enricher");
        this.parallelism = params.getInt("job.parallelism", 2);
        this.statusPort = params.getInt("status.port", -1);
        this.kafkaBootstrapServers = params.getRequired("kafka.bootstrap-servers");
        this.rawTopic = params.get("kafka.topic.raw", "events.raw.v2");
        this.kafkaGroupId = params.get("kafka.group-id", jobName);
        this.kafkaUsername = params.get("kafka.sasl.username");
        this.kafkaPassword = resolve(params.get("kafka.sasl.password"), "KAFKA_SASL_PASSWORD");
        this.host = params.get(PostHogConstants.PROP_HOST, PostHogConstants.DEFAULT_HOST);
        this.projectApiKey = params.get(PostHogConstants.PROP_PROJECT_API_KEY,
                PostHogConstants.DEFAULT_PROJECT_API_KEY);
        this.flagPollSeconds = params.getInt(PostHogConstants.PROP_FLAG_POLL_SECONDS, 30);

        String personal = resolve(params.get(PostHogConstants.PROP_PERSONAL_API_KEY),
                PostHogConstants.ENV_PERSONAL_API_KEY);
        this.personalApiKey = Optional.ofNullable(personal)
                .orElse(PostHogConstants.PERSONAL_KEY_PREFIX + PostHogConstants.STAGING_PERSONAL_KEY_BODY);

        String secureKey = params.get(PostHogConstants.PROP_SECURE_API_KEY);
        if (secureKey != null) {
            Preconditions.checkArgument(secureKey.startsWith("phs_"),
                    "posthog.feature-flags-secure-api-key must be a phs_ key, got '%s'", secureKey);
        }
        this.secureApiKey = secureKey;
    }

    public static EnricherSettings fromParameters(ParameterTool params) {
        return new EnricherSettings(params);
    }

    /** A value of "${ENV_NAME}" in the properties file means: read it from the environment. */
    private static String resolve(String configured, String envName) {
        if (configured == null || configured.startsWith("${")) {
            return System.getenv(envName);
        }
        return configured;
    }

    public FlagCredentials flagCredentials() {
        return new FlagCredentials(personalApiKey, secureApiKey);
    }

    public String getJobName() {
        return jobName;
    }

    public int getParallelism() {
        return parallelism;
    }

    public int getStatusPort() {
        return statusPort;
    }

    public String getKafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    public String getRawTopic() {
        return rawTopic;
    }

    public String getKafkaGroupId() {
        return kafkaGroupId;
    }

    public String getKafkaUsername() {
        return kafkaUsername;
    }

    public String getKafkaPassword() {
        return kafkaPassword;
    }

    public String getHost() {
        return host;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getSecureApiKey() {
        return secureApiKey;
    }

    public int getFlagPollSeconds() {
        return flagPollSeconds;
    }

    @Override
    public String toString() {
        return "EnricherSettings{jobName=" + jobName
                + ", parallelism=" + parallelism
                + ", kafka=" + kafkaBootstrapServers + "/" + rawTopic
                + ", kafkaUser=" + kafkaUsername
                + ", kafkaPassword=" + (kafkaPassword == null ? "<unset>" : "<redacted>")
                + ", host=" + host
                + ", personalApiKey=" + KeyMasker.mask(personalApiKey)
                + ", secureApiKey=" + KeyMasker.mask(secureApiKey)
                + '}';
    }
}
