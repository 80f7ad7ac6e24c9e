package io.rosterly.admin.config;

import io.rosterly.admin.messaging.CredentialRotatedEvent;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.serializer.JsonSerializer;

import java.util.HashMap;
import java.util.Map;

@Configuration
public class KafkaProducerConfig {

    private static final Logger log = LoggerFactory.getLogger(KafkaProducerConfig.class);

    @Bean
    public ProducerFactory<String, CredentialRotatedEvent> credentialEventProducerFactory(
            KafkaProperties kafkaProperties,
            @Value("${rosterly.kafka.sasl-username}") String saslUsername,
            @Value("${rosterly.kafka.sasl-password}") String saslPassword) {
        Map<String, Object> props = new HashMap<>(kafkaProperties.buildProducerProperties(null));
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, JsonSerializer.class);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
        props.put(SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512");

        String jaasConfig = String.format(
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"%s\" password=\"%s\";",
                saslUsername, saslPassword);
        props.put(SaslConfigs.SASL_JAAS_CONFIG, jaasConfig);
        log.debug("Kafka producer SASL settings: mechanism={}, jaas={}", props.get(SaslConfigs.SASL_MECHANISM), jaasConfig);
        log.info("Credential event producer targets {} as user {}",
                props.get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG), saslUsername);
        return new DefaultKafkaProducerFactory<>(props);
    }

    @Bean
    public KafkaTemplate<String, CredentialRotatedEvent> credentialEventKafkaTemplate(
            ProducerFactory<String, CredentialRotatedEvent> credentialEventProducerFactory) {
        return new KafkaTemplate<>(credentialEventProducerFactory);
    }
}
