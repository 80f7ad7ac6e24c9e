package io.lumenpay.flags.storm.config;

import java.io.Serializable;
import java.util.Objects;

public final class KafkaSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String bootstrapServers;
    private final String consumerGroup;
    private final String saslUsername;
    private final String saslPassword;

    private KafkaSettings(String bootstrapServers, String consumerGroup, String saslUsername, String saslPassword) {
        this.bootstrapServers = Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        this.consumerGroup = consumerGroup;
        this.saslUsername = saslUsername;
        this.saslPassword = saslPassword;
    }

    public static KafkaSettings fromEnvironment() {
        return new KafkaSettings(
                envOrDefault("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092"),
                envOrDefault("KAFKA_CONSUMER_GROUP", "flag-topology"),
                System.getenv("KAFKA_SASL_USERNAME"),
                System.getenv("KAFKA_SASL_PASSWORD"));
    }

    private static String envOrDefault(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    public boolean isSaslEnabled() {
        return saslUsername != null && saslPassword != null;
    }

    public String saslJaasConfig() {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                + saslUsername + "\" password=\"" + saslPassword + "\";";
    }

    public String getBootstrapServers() {
        return bootstrapServers;
    }

    public String getConsumerGroup() {
        return consumerGroup;
    }

    public String getSaslUsername() {
        return saslUsername;
    }
}
