package com.acme.clickstream;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Configuration from {@code streams.properties}, overridden by the environment.
 */
final class AppConfig {

    private static final Logger LOG = LogManager.getLogger(AppConfig.class);

    private final Properties props;
    private final KafkaCredentials credentials;

    private AppConfig(Properties props, KafkaCredentials credentials) {
        this.props = props;
        this.credentials = credentials;
    }

    static AppConfig load() {
        Properties props = new Properties();
        try (InputStream in = AppConfig.class.getResourceAsStream("/streams.properties")) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read streams.properties", e);
        }
        overlay(props, StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, EnvNames.KAFKA_BOOTSTRAP_SERVERS);
        overlay(props, "posthog.host", EnvNames.POSTHOG_HOST);
        overlay(props, "posthog.api.key", EnvNames.POSTHOG_API_KEY);
        overlay(props, "posthog.personal-api-key", EnvNames.POSTHOG_PERSONAL_API_KEY);

        KafkaCredentials credentials = new KafkaCredentials(System.getenv(EnvNames.KAFKA_SASL_USERNAME), System.getenv(EnvNames.KAFKA_SASL_PASSWORD));
        if (credentials.isPresent()) {
            String jaasConfig = String.format("org.apache.kafka.common.security.scram.ScramLoginModule required username=\"%s\" password=\"%s\";",
                    credentials.username(), credentials.password());
            props.setProperty(SaslConfigs.SASL_JAAS_CONFIG, jaasConfig);
            props.setProperty(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
            LOG.atDebug().log("SASL JAAS config: {}", jaasConfig);
        }
        LOG.debug("Effective configuration: {}", props);
        LOG.info("Loaded {} configuration entries, SASL enabled: {}", props.size(), credentials.isPresent());
        return new AppConfig(props, credentials);
    }

    private static void overlay(Properties props, String key, String envName) {
        String value = System.getenv(envName);
        if (value != null && !value.isBlank()) {
            props.setProperty(key, value);
        }
    }

    Properties streamsProperties() {
        Properties streams = new Properties();
        for (String name : props.stringPropertyNames()) {
            if (!name.startsWith("posthog.") && !name.startsWith("status.") && !name.endsWith(".topic")) {
                streams.setProperty(name, props.getProperty(name));
            }
        }
        return streams;
    }

    PostHogSettings posthog() {
        return new PostHogSettings(
                props.getProperty("posthog.host", Defaults.POSTHOG_HOST),
                props.getProperty("posthog.api.key"),
                props.getProperty("posthog.personal-api-key"),
                props.getProperty("posthog.kill-switch-flag"));
    }

    String bootstrapServers() {
        return props.getProperty(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG);
    }

    String inputTopic() {
        return props.getProperty("input.topic");
    }

    int statusPort() {
        return Integer.parseInt(props.getProperty("status.port", "8081"));
    }

    KafkaCredentials credentials() {
        return credentials;
    }
}
