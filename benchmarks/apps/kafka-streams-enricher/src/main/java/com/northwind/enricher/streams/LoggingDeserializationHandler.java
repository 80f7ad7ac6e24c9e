package com.northwind.enricher.streams;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.processor.ProcessorContext;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

public class LoggingDeserializationHandler implements DeserializationExceptionHandler {

    private static final Logger LOG = LogManager.getLogger(LoggingDeserializationHandler.class);

    private static final Set<String> SENSITIVE_HEADERS = Set.of("authorization", "cookie", "x-api-key");

    @Override
    public DeserializationHandlerResponse handle(ProcessorContext context,
                                                 ConsumerRecord<byte[], byte[]> record,
                                                 Exception exception) {
        LOG.warn("Skipping undecodable record {}-{}@{} in task {}: {}",
                record.topic(), record.partition(), record.offset(), context.taskId(), exception.getMessage());
        LOG.debug("Header names: {}", headerNames(record.headers()));
        LOG.debug("Headers: {}", redacted(record.headers()));

        Header auth = record.headers().lastHeader("Authorization");
        if (auth != null) {
            String caller = new String(auth.value(), StandardCharsets.UTF_8);
            LOG.warn("Undecodable record was produced by caller {}", caller);
        }
        return DeserializationHandlerResponse.CONTINUE;
    }

    static String headerNames(Headers headers) {
        return StreamSupport.stream(headers.spliterator(), false)
                .map(Header::key)
                .collect(Collectors.joining(","));
    }

    static String redacted(Headers headers) {
        StringJoiner joiner = new StringJoiner(", ", "{", "}");
        for (Header h : headers) {
            String value = SENSITIVE_HEADERS.contains(h.key().toLowerCase(Locale.ROOT))
                    ? "***"
                    : new String(h.value(), StandardCharsets.UTF_8);
            joiner.add(h.key() + "=" + value);
        }
        return joiner.toString();
    }

    @Override
    public void configure(Map<String, ?> configs) {
    }
}
