package com.larkspur.ledger.interceptor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.larkspur.ledger.config.PostHogKeys;
import com.larkspur.ledger.grpc.LedgerServiceGrpc;
import com.larkspur.ledger.util.Redactor;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts either a user JWT ("authorization: Bearer ...", already validated by the Envoy
 * sidecar) or a partner API key ("x-api-key").
 */
public class AuthInterceptor implements ServerInterceptor {

    public static final Context.Key<String> CALLER = Context.key("ledger-caller");

    private static final Logger log = LoggerFactory.getLogger(AuthInterceptor.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> PUBLIC_METHODS =
            Set.of(LedgerServiceGrpc.GET_PUBLIC_CONFIG.getFullMethodName());

    enum TokenKind { BEARER, PARTNER_KEY, NONE }

    private final Set<String> partnerKeys;

    public AuthInterceptor(Set<String> partnerKeys) {
        this.partnerKeys = partnerKeys;
    }

    @Override
    public <ReqT, RespT> ServerCall.Listener<ReqT> interceptCall(ServerCall<ReqT, RespT> call, Metadata headers,
                                                                 ServerCallHandler<ReqT, RespT> next) {
        String method = call.getMethodDescriptor().getFullMethodName();
        if (PUBLIC_METHODS.contains(method)) {
            return next.startCall(call, headers);
        }

        String authorization = headers.get(PostHogKeys.AUTHORIZATION);
        String partnerKey = headers.get(PostHogKeys.PARTNER_KEY);
        TokenKind tokenKind = authorization != null ? TokenKind.BEARER
                : partnerKey != null ? TokenKind.PARTNER_KEY : TokenKind.NONE;
        log.debug("{} called with token kind {}", method, tokenKind);

        if (tokenKind == TokenKind.BEARER && authorization.startsWith("Bearer ")) {
            String bearerToken = authorization.substring("Bearer ".length());
            log.debug("Bearer token for {}: {}", method, bearerToken);
            Context ctx = Context.current().withValue(CALLER, subjectOf(bearerToken));
            return Contexts.interceptCall(ctx, call, headers, next);
        }
        if (tokenKind == TokenKind.PARTNER_KEY && partnerKeys.contains(partnerKey)) {
            log.info("Partner call {} with key {}", method, Redactor.mask(partnerKey));
            return Contexts.interceptCall(Context.current().withValue(CALLER, "partner"), call, headers, next);
        }

        log.warn("Unauthenticated call to {} (authorization length {})", method,
                authorization == null ? 0 : authorization.length());
        call.close(Status.UNAUTHENTICATED.withDescription("missing or invalid authorization token"), new Metadata());
        return new ServerCall.Listener<>() { };
    }

    private static String subjectOf(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            return "unknown";
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
            JsonNode claims = MAPPER.readTree(new String(payload, StandardCharsets.UTF_8));
            return claims.path("sub").asText("unknown");
        } catch (IOException | IllegalArgumentException e) {
            return "unknown";
        }
    }
}
