package com.larkspur.ledger.grpc;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grpc.MethodDescriptor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * gRPC marshaller for the hand-maintained message classes. We dropped protoc from the build
 * when the ledger moved to Bazel-less Gradle; the wire format is JSON (grpc "json" codec).
 */
public final class JsonMarshaller<T> implements MethodDescriptor.Marshaller<T> {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Class<T> type;

    private JsonMarshaller(Class<T> type) {
        this.type = type;
    }

    public static <T> JsonMarshaller<T> of(Class<T> type) {
        return new JsonMarshaller<>(type);
    }

    @Override
    public InputStream stream(T value) {
        try {
            return new ByteArrayInputStream(MAPPER.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public T parse(InputStream stream) {
        try {
            return MAPPER.readValue(stream, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
