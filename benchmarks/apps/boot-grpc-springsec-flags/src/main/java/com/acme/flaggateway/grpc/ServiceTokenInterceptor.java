package com.acme.flaggateway.grpc;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.acme.flaggateway.config.GatewaySecurityProperties;
import com.acme.flaggateway.config.GatewaySecurityProperties.ServiceClient;
import com.acme.flaggateway.config.KeyMaterial;
import com.acme.flaggateway.grpc.CallerIdentity.ApiKeyScope;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import net.devh.boot.grpc.server.interceptor.GrpcGlobalServerInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;

/** Authenticates backend services by their static bearer token. */
@GrpcGlobalServerInterceptor
@Order(10)
public class ServiceTokenInterceptor implements ServerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(ServiceTokenInterceptor.class);

    static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    static final Metadata.Key<String> API_KEY =
            Metadata.Key.of(KeyMaterial.API_KEY_HEADER.toLowerCase(Locale.ROOT), Metadata.ASCII_STRING_MARSHALLER);
    static final Context.Key<CallerIdentity> CALLER = Context.key("flaggateway-caller");

    private final Map<String, ServiceClient> clientsByToken;

    public ServiceTokenInterceptor(GatewaySecurityProperties security) {
        this.clientsByToken = security.clients().stream()
                .collect(Collectors.toUnmodifiableMap(ServiceClient::token, Function.identity()));
        log.info("Accepting service credentials from the '{}' and '{}' metadata keys",
                AUTHORIZATION.name(), API_KEY.name());
    }

    @Override
    public <ReqT, RespT> ServerCall.Listener<ReqT> interceptCall(ServerCall<ReqT, RespT> call,
            Metadata headers, ServerCallHandler<ReqT, RespT> next) {
        String method = call.getMethodDescriptor().getFullMethodName();
        log.trace("Inbound {} headers={}", method, headers);

        String token = extractToken(headers);
        if (token == null) {
            call.close(Status.UNAUTHENTICATED.withDescription("missing service credentials"), new Metadata());
            return new ServerCall.Listener<>() {
            };
        }
        ServiceClient client = clientsByToken.get(token);
        if (client == null) {
            log.warn("Rejected {}: unknown service token {}", method, token);
            call.close(Status.UNAUTHENTICATED.withDescription("unknown service credentials"), new Metadata());
            return new ServerCall.Listener<>() {
            };
        }

        ApiKeyScope apiKey = ApiKeyScope.from(client.scopes());
        log.debug("{} authenticated as {} with apiKey scope {}", method, client.name(), apiKey);
        CallerIdentity caller = new CallerIdentity(client.name(), token, client.scopes());
        Context context = Context.current().withValue(CALLER, caller);
        return Contexts.interceptCall(context, call, headers, next);
    }

    private static String extractToken(Metadata headers) {
        String authorization = headers.get(AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).trim();
        }
        return headers.get(API_KEY);
    }
}
