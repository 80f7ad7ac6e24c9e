package io.rosterly.admin.messaging;

import io.rosterly.admin.domain.PartnerCredential;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

@Component
public class CredentialEventPublisher {

    private static final Logger log = LoggerFactory.getLogger(CredentialEventPublisher.class);

    private final KafkaTemplate<String, CredentialRotatedEvent> kafkaTemplate;
    private final String topic;

    public CredentialEventPublisher(KafkaTemplate<String, CredentialRotatedEvent> credentialEventKafkaTemplate,
                                    @Value("${rosterly.kafka.topic}") String topic) {
        this.kafkaTemplate = credentialEventKafkaTemplate;
        this.topic = topic;
    }

    public void publishRotation(PartnerCredential credential) {
        CredentialRotatedEvent event = CredentialRotatedEvent.from(credential);
        log.debug("Publishing {} to {}", event, topic);
        kafkaTemplate.send(topic, String.valueOf(event.credentialId()), event)
                .whenComplete((result, ex) -> {
                    if (ex != null) {
                        log.error("Could not publish rotation of credential {}", event.credentialId(), ex);
                        return;
                    }
                    log.info("Rotation of credential {} written to {}-{}@{}", event.credentialId(),
                            result.getRecordMetadata().topic(),
                            result.getRecordMetadata().partition(),
                            result.getRecordMetadata().offset());
                });
    }
}
