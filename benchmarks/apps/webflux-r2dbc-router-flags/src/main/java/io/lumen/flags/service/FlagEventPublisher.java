package io.lumen.flags.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.kafka.sender.KafkaSender;
import reactor.kafka.sender.SenderRecord;

/** Writes flag exposures to Kafka; the warehouse loader joins them with experiment results. */
@Service
public class FlagEventPublisher {

    private static final Logger log = LoggerFactory.getLogger(FlagEventPublisher.class);

    public record ExposureEvent(String distinctId, String flagKey, boolean enabled, long sessionId, Instant at) {
    }

    private final KafkaSender<String, String> sender;
    private final ObjectMapper mapper;
    private final String topic;

    public FlagEventPublisher(KafkaSender<String, String> sender, ObjectMapper mapper,
            @Value("${kafka.topics.exposures}") String topic) {
        this.sender = sender;
        this.mapper = mapper;
        this.topic = topic;
    }

    public Mono<Void> publish(ExposureEvent event) {
        String json;
        try {
            json = mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            return Mono.error(e);
        }
        SenderRecord<String, String, String> record =
                SenderRecord.create(new ProducerRecord<>(topic, event.distinctId(), json), event.flagKey());
        return sender.send(Mono.just(record))
                .doOnNext(result -> log.debug("Published {} exposure for sessionId={} at offset {}",
                        result.correlationMetadata(), event.sessionId(), result.recordMetadata().offset()))
                .then();
    }
}
