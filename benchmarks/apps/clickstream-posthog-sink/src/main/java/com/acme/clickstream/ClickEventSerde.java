package com.acme.clickstream;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * JSON serde for {@link ClickEvent}.
 */
final class ClickEventSerde {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ClickEventSerde() {
    }

    static Serde<ClickEvent> create() {
        Serializer<ClickEvent> serializer = (topic, event) -> {
            try {
                return MAPPER.writeValueAsBytes(event);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        Deserializer<ClickEvent> deserializer = (topic, bytes) -> {
            try {
                return bytes == null ? null : MAPPER.readValue(bytes, ClickEvent.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
