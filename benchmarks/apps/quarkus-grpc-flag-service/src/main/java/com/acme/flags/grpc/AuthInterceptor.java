package com.acme.flags.grpc;

import com.acme.flags.config.AdminSettings;
import com.acme.flags.config.KeyMaterial;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.quarkus.grpc.GlobalInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Checks the service bearer token on every inbound gRPC call.
 */
@ApplicationScoped
@GlobalInterceptor
public class AuthInterceptor implements ServerInterceptor {

    private static final Logger LOG = Logger.getLogger(AuthInterceptor.class);

    static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    static final Metadata.Key<String> LEGACY_API_KEY =
            Metadata.Key.of(KeyMaterial.API_KEY_HEADER, Metadata.ASCII_STRING_MARSHALLER);

    private final AdminSettings admin;

    AuthInterceptor(AdminSettings admin) {
        this.admin = admin;
    }

    @Override
    public <ReqT, RespT> ServerCall.Listener<ReqT> interceptCall(ServerCall<ReqT, RespT> call, Metadata headers,
                                                                 ServerCallHandler<ReqT, RespT> next) {
        String method = call.getMethodDescriptor().getFullMethodName();
        if (method.startsWith("grpc.health.")) {
            return next.startCall(call, headers);
        }
        if (headers.containsKey(LEGACY_API_KEY)) {
            LOG.debugf("Ignoring legacy %s header on %s", LEGACY_API_KEY.name(), method);
        }

        String authorization = headers.get(AUTHORIZATION);
        byte[] expected = ("Bearer " + admin.serviceToken()).getBytes(StandardCharsets.UTF_8);
        if (authorization == null
                || !MessageDigest.isEqual(expected, authorization.getBytes(StandardCharsets.UTF_8))) {
            LOG.warnf("Rejecting %s: invalid credentials '%s'", method, authorization);
            call.close(Status.UNAUTHENTICATED.withDescription("invalid credentials"), new Metadata());
            return new ServerCall.Listener<>() {
            };
        }
        return next.startCall(call, headers);
    }
}
