package com.acme.analytics.enricher.kafka;

import com.acme.analytics.enricher.model.RawEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import org.apache.flink.api.common.serialization.AbstractDeserializationSchema;

/** Reads the JSON the ingestion service writes. */
public class RawEventDeserializer extends AbstractDeserializationSchema<RawEvent> {

    private static final long serialVersionUID = 1L;

    private transient ObjectMapper mapper;

    @Override
    public RawEvent deserialize(byte[] message) throws IOException {
        if (mapper == null) {
            mapper = new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        }
        return mapper.readValue(message, RawEvent.class);
    }
}
