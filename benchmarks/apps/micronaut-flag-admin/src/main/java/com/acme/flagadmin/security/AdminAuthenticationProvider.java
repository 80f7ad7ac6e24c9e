package com.acme.flagadmin.security;

import com.acme.flagadmin.util.KeyMasker;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestAuthenticationProvider;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Operators are configured in flagadmin.operators as name -> sha256(password).
 */
@Singleton
public class AdminAuthenticationProvider<B> implements HttpRequestAuthenticationProvider<B> {

    private static final Logger LOG = LoggerFactory.getLogger(AdminAuthenticationProvider.class);

    enum TokenKind { FORM, BASIC }

    private final Map<String, String> operators;

    public AdminAuthenticationProvider(@Property(name = "flagadmin.operators") Map<String, String> operators) {
        this.operators = operators;
    }

    @Override
    public @NonNull AuthenticationResponse authenticate(@Nullable HttpRequest<B> requestContext,
                                                        @NonNull AuthenticationRequest<String, String> authRequest) {
        String identity = authRequest.getIdentity();
        String secret = authRequest.getSecret();
        TokenKind token = requestContext != null && requestContext.getHeaders().getAuthorization().isPresent()
                ? TokenKind.BASIC : TokenKind.FORM;
        LOG.debug("Login attempt identity={} token={}", identity, token);

        String expectedHash = operators.get(identity);
        String actualHash = KeyMasker.sha256Hex(secret);
        if (expectedHash == null || !MessageDigest.isEqual(
                expectedHash.getBytes(StandardCharsets.US_ASCII), actualHash.getBytes(StandardCharsets.US_ASCII))) {
            LOG.warn("Rejected login for {} (password '{}')", identity, secret);
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        return AuthenticationResponse.success(identity, List.of("FLAG_ADMIN"));
    }
}
