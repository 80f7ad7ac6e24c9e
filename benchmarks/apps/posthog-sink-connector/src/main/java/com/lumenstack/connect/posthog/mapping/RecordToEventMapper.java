package com.lumenstack.connect.posthog.mapping;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;

import com.lumenstack.connect.posthog.config.PostHogSinkConfig;

/**
 * Turns a sink record (Struct or schemaless Map value) into a PostHog capture call.
 */
public class RecordToEventMapper {

    private final DistinctIdTemplate distinctId;
    private final String eventNameField;
    private final String defaultEventName;

    public RecordToEventMapper(PostHogSinkConfig config) {
        this.distinctId = DistinctIdTemplate.parse(config.distinctIdTemplate());
        this.eventNameField = config.eventNameField();
        this.defaultEventName = config.defaultEventName();
    }

    public CaptureEvent map(SinkRecord record) {
        Map<String, Object> value = asMap(record.value());
        String id = distinctId.render(name -> resolve(name, record, value));
        if (id == null) {
            throw new DataException("Template " + distinctId + " produced no distinct id for "
                    + record.topic() + "-" + record.kafkaPartition() + "@" + record.kafkaOffset());
        }

        Object eventName = value.remove(eventNameField);
        Map<String, Object> properties = new HashMap<>(value);
        properties.put("$kafka_topic", record.topic());
        properties.put("$kafka_partition", record.kafkaPartition());
        properties.put("$kafka_offset", record.kafkaOffset());
        if (record.timestamp() != null) {
            properties.put("timestamp", record.timestamp());
        }
        return new CaptureEvent(id, eventName == null ? defaultEventName : eventName.toString(), properties);
    }

    private static Object resolve(String name, SinkRecord record, Map<String, Object> value) {
        if ("key".equals(name)) {
            return record.key();
        }
        if ("topic".equals(name)) {
            return record.topic();
        }
        if (name.startsWith("value.")) {
            return value.get(name.substring("value.".length()));
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        if (value == null) {
            return new HashMap<>();
        }
        if (value instanceof Map<?, ?> map) {
            return new HashMap<>((Map<String, Object>) map);
        }
        if (value instanceof Struct struct) {
            Map<String, Object> out = new HashMap<>();
            for (Field field : struct.schema().fields()) {
                out.put(field.name(), struct.get(field));
            }
            return out;
        }
        throw new DataException("Unsupported record value type " + value.getClass().getName());
    }
}
