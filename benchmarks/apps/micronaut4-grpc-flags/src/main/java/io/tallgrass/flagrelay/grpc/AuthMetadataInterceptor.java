package io.tallgrass.flagrelay.grpc;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static io.grpc.Metadata.ASCII_STRING_MARSHALLER;

/**
 * Requires a Micronaut-issued JWT on every gRPC call, the same token the HTTP side accepts.
 */
@Singleton
public class AuthMetadataInterceptor implements ServerInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(AuthMetadataInterceptor.class);

    static final String AUTHORIZATION_HEADER = "authorization";
    static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of(AUTHORIZATION_HEADER, ASCII_STRING_MARSHALLER);

    private final JsonWebTokenValidator<?, ?> tokenValidator;

    public AuthMetadataInterceptor(JsonWebTokenValidator<?, ?> tokenValidator) {
        this.tokenValidator = tokenValidator;
    }

    @Override
    public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call,
                                                       Metadata headers,
                                                       ServerCallHandler<Q, A> next) {
        String method = call.getMethodDescriptor().getFullMethodName();
        String authorization = headers.get(AUTHORIZATION);
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            LOG.debug("{} rejected: no credentials in '{}' metadata", method, AUTHORIZATION_HEADER);
            call.close(Status.UNAUTHENTICATED.withDescription("missing bearer token"), new Metadata());
            return new ServerCall.Listener<>() { };
        }
        if (tokenValidator.validate(authorization.substring(7), null).isEmpty()) {
            LOG.warn("{} rejected: invalid token, authorization={}", method, authorization);
            call.close(Status.UNAUTHENTICATED.withDescription("invalid token"), new Metadata());
            return new ServerCall.Listener<>() { };
        }
        return next.startCall(call, headers);
    }
}
