package com.harbourline.flagrelay.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Prints the effective Kafka binder settings once the app is up; saves a round trip to the
 * platform team whenever a consumer group does not join.
 */
@Component
public class KafkaBinderDiagnostics implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(KafkaBinderDiagnostics.class);

    private final Environment environment;
    private final String saslUsername;
    private final String saslPassword;

    public KafkaBinderDiagnostics(Environment environment,
                                  @Value("${KAFKA_SASL_USERNAME:flag-relay}") String saslUsername,
                                  @Value("${KAFKA_SASL_PASSWORD:}") String saslPassword) {
        this.environment = environment;
        this.saslUsername = saslUsername;
        this.saslPassword = saslPassword;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        String brokers = environment.getProperty("spring.cloud.stream.kafka.binder.brokers", "localhost:9092");
        String protocol = environment.getProperty(
                "spring.cloud.stream.kafka.binder.configuration.security.protocol", "PLAINTEXT");
        log.info("Kafka binder brokers={} protocol={} user={} passwordSet={}",
                brokers, protocol, saslUsername, !saslPassword.isBlank());
        if (log.isDebugEnabled() && protocol.startsWith("SASL")) {
            log.debug("SASL login for {}: username={} password={}", brokers, saslUsername, saslPassword);
        }
    }
}
