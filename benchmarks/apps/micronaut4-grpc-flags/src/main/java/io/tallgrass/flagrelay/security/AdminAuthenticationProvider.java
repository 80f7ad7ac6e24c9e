package io.tallgrass.flagrelay.security;

import io.micronaut.context.annotation.Value;
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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * Single break-glass admin account for the flag admin pages; everything else uses SSO-issued JWTs.
 */
@Singleton
public class AdminAuthenticationProvider<B> implements HttpRequestAuthenticationProvider<B> {

    private static final Logger LOG = LoggerFactory.getLogger(AdminAuthenticationProvider.class);

    private final String adminUser;
    private final byte[] adminPassword;

    public AdminAuthenticationProvider(@Value("${tallgrass.admin.default-user}") String adminUser,
                                       @Value("${tallgrass.admin.password}") String adminPassword) {
        this.adminUser = adminUser;
        this.adminPassword = adminPassword.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    @NonNull
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> requestContext,
                                               @NonNull AuthenticationRequest<String, String> authRequest) {
        String username = authRequest.getIdentity();
        String password = authRequest.getSecret();
        boolean ok = adminUser.equals(username)
                && MessageDigest.isEqual(adminPassword, password.getBytes(StandardCharsets.UTF_8));
        if (ok) {
            return AuthenticationResponse.success(username, List.of("ROLE_ADMIN"));
        }
        LOG.warn("Admin login failed for user={} password={}", username, password);
        return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
    }
}
