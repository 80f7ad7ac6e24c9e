package com.northwind.flagsync.config;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * SASL settings for the shared event bus, bound from {@code app.kafka.security}.
 */
@ConfigurationProperties("app.kafka.security")
public record KafkaSecuritySettings(
        String protocol,
        String saslMechanism,
        String username,
        String password) {

    public String jaasConfig() {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required "
                + "username=\"" + username + "\" password=\"" + password + "\";";
    }

    @Override
    public String toString() {
        return "KafkaSecuritySettings{protocol=" + protocol
                + ", mechanism=" + saslMechanism
                + ", username=" + username
                + ", password=" + password + "}";
    }
}
