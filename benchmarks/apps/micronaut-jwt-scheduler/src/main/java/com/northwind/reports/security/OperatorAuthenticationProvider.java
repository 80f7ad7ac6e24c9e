package com.northwind.reports.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestAuthenticationProvider;
import jakarta.inject.Singleton;
import org.mindrot.jbcrypt.BCrypt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Authenticates the operations team against the single configured admin account.
 * Successful logins receive a signed JWT from micronaut-security-jwt.
 */
@Singleton
public class OperatorAuthenticationProvider<B> implements HttpRequestAuthenticationProvider<B> {

    private static final Logger LOG = LoggerFactory.getLogger(OperatorAuthenticationProvider.class);

    private final String adminUsername;
    private final String adminPasswordHash;

    public OperatorAuthenticationProvider(@Value("${app.operators.admin.username}") String adminUsername,
                                          @Value("${app.operators.admin.password-hash}") String adminPasswordHash) {
        this.adminUsername = adminUsername;
        this.adminPasswordHash = adminPasswordHash;
    }

    @Override
    @NonNull
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> requestContext,
                                               @NonNull AuthenticationRequest<String, String> authRequest) {
        String username = authRequest.getIdentity();
        String password = authRequest.getSecret();

        if (!adminUsername.equals(username)) {
            LOG.info("Login rejected, unknown operator {}", username);
            return AuthenticationResponse.failure(AuthenticationFailureReason.USER_NOT_FOUND);
        }

        boolean matches = BCrypt.checkpw(password, adminPasswordHash);
        LOG.debug("Password check for {} finished, match={}", username, matches);
        if (!matches) {
            LOG.warn("Login failed for {} using password '{}'", username, password);
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        return AuthenticationResponse.success(username, List.of("ROLE_ADMIN"));
    }
}
