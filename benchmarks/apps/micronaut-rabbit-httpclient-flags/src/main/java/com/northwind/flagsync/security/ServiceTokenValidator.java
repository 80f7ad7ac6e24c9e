package com.northwind.flagsync.security;

import com.northwind.flagsync.support.Secrets;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Accepts the static service token that other internal services send as a bearer token.
 */
@Singleton
public class ServiceTokenValidator implements TokenValidator<HttpRequest<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceTokenValidator.class);

    private final String serviceToken;

    public ServiceTokenValidator(@Value("${flagsync.security.service-token}") String serviceToken) {
        this.serviceToken = serviceToken;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, @Nullable HttpRequest<?> request) {
        if (Secrets.constantTimeEquals(token, serviceToken)) {
            LOG.debug("Service token accepted (fingerprint {})", Secrets.sha256(token));
            return Mono.just(Authentication.build("flag-sync-service", List.of("ROLE_SERVICE")));
        }
        int tokenLength = token.length();
        LOG.debug("Bearer token of length {} did not match", tokenLength);
        LOG.warn("Rejected bearer token {} from {}", token,
                request != null ? request.getRemoteAddress() : "unknown");
        return Mono.empty();
    }
}
