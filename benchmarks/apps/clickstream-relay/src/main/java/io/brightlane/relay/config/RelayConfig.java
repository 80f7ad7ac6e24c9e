package io.brightlane.relay.config;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Settings of the relay: {@code relay.properties} on the classpath, then environment overrides.
 */
public final class RelayConfig {

    private static final Logger LOGGER = LogManager.getLogger(RelayConfig.class);

    private static final String RESOURCE = "/relay.properties";

    private static final List<String> ENV_OVERRIDES = List.of(
            "POSTHOG_API_KEY", "POSTHOG_HOST", "POSTHOG_PERSONAL_API_KEY",
            "KAFKA_BOOTSTRAP_SERVERS", "KAFKA_SASL_PASSWORD");

    private final String projectApiKey;
    private final String posthogHost;
    private final String privateApiHost;
    private final long projectId;
    private final String personalApiKey;
    private final String flagsSecureApiKey;
    private final String bootstrapServers;
    private final String topic;
    private final String groupId;
    private final String saslUsername;
    private final String saslPassword;

    RelayConfig(Properties p) {
        this.projectApiKey = required(p, "posthog.api.key");
        this.posthogHost = p.getProperty("posthog.host", "https://us.i.posthog.com");
        this.privateApiHost = p.getProperty("posthog.private.host", "https://us.posthog.com");
        this.projectId = Long.parseLong(required(p, "posthog.project.id"));
        this.personalApiKey = emptyToNull(p.getProperty("posthog.personal.api.key"));
        this.flagsSecureApiKey = emptyToNull(p.getProperty("posthog.feature.flags.secure.api.key"));
        this.bootstrapServers = required(p, "kafka.bootstrap.servers");
        this.topic = required(p, "kafka.topic");
        this.groupId = p.getProperty("kafka.group.id", "posthog-relay");
        this.saslUsername = p.getProperty("kafka.sasl.username");
        this.saslPassword = emptyToNull(p.getProperty("kafka.sasl.password"));

        LOGGER.info("Personal key present: {}, secure flags key present: {}", personalApiKey != null, flagsSecureApiKey != null);
        LOGGER.debug("Secure flags key in use: {}", flagsSecureApiKey);
    }

    public static RelayConfig load() throws IOException {
        Properties props = new Properties();
        try (InputStream in = RelayConfig.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new FileNotFoundException(RESOURCE);
            }
            props.load(in);
        }
        LOGGER.info("Loaded {} properties from {}", props.size(), RESOURCE);

        for (String name : ENV_OVERRIDES) {
            String value = System.getenv(name);
            if (value != null && !value.isBlank()) {
                String property = name.toLowerCase(Locale.ROOT).replace('_', '.');
                LOGGER.debug("Overriding {} from environment with '{}'", property, value);
                props.setProperty(property, value);
            }
        }
        return new RelayConfig(props);
    }

    /** Consumer settings, SASL/SCRAM when a password is configured. */
    public Properties kafkaProperties() {
        Properties k = new Properties();
        k.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        k.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        k.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        k.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        if (saslPassword != null) {
            k.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
            k.put(SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512");
            k.put(SaslConfigs.SASL_JAAS_CONFIG, String.format(
                    "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"%s\" password=\"%s\";",
                    saslUsername, saslPassword));
        }
        return k;
    }

    private static String required(Properties p, String name) {
        String value = p.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Missing required property " + name);
        }
        return value.trim();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPosthogHost() {
        return posthogHost;
    }

    public String getPrivateApiHost() {
        return privateApiHost;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getFlagsSecureApiKey() {
        return flagsSecureApiKey;
    }

    public String getTopic() {
        return topic;
    }

    public String getSaslUsername() {
        return saslUsername;
    }

    public String getSaslPassword() {
        return saslPassword;
    }

    @Override
    public String toString() {
        return new StringBuilder("RelayConfig{")
                .append("posthogHost=").append(posthogHost)
                .append(", projectApiKey=").append(projectApiKey)
                .append(", personalApiKey=").append(personalApiKey)
                .append(", bootstrapServers=").append(bootstrapServers)
                .append(", topic=").append(topic)
                .append(", groupId=").append(groupId)
                .append(", saslUsername=").append(saslUsername)
                .append(", saslPassword=").append(saslPassword)
                .append('}')
                .toString();
    }
}
