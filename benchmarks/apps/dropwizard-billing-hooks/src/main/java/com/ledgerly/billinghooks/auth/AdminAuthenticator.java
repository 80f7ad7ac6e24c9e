package com.ledgerly.billinghooks.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.dropwizard.auth.Authenticator;

public class AdminAuthenticator implements Authenticator<String, AdminAuthenticator.AdminPrincipal> {

    private static final Logger log = LoggerFactory.getLogger(AdminAuthenticator.class);

    private final byte[] expected;

    public AdminAuthenticator(String adminApiToken) {
        this.expected = adminApiToken.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Optional<AdminPrincipal> authenticate(String token) {
        if (MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(new AdminPrincipal("ops"));
        }
        log.debug("Admin token mismatch (presented {} chars, expected {})", token.length(), expected.length);
        return Optional.empty();
    }

    public record AdminPrincipal(String name) implements Principal {

        @Override
        public String getName() {
            return name;
        }
    }
}
