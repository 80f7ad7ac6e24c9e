package com.acme.flags.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.auth.AuthenticationException;
import io.dropwizard.auth.Authenticator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Optional;

/**
 * Static bearer tokens for our own front ends, configured under {@code apiTokens:}.
 */
public class ApiTokenAuthenticator implements Authenticator<String, ApiTokenAuthenticator.Caller> {

    private static final Logger LOG = LoggerFactory.getLogger(ApiTokenAuthenticator.class);

    public enum TokenKind { SERVICE, ADMIN }

    public static class TokenEntry {
        @NotBlank
        @JsonProperty
        public String name;

        @NotNull
        @JsonProperty
        public TokenKind kind = TokenKind.SERVICE;

        @NotBlank
        @JsonProperty
        public String token;
    }

    public record Caller(String name, TokenKind kind) implements Principal {
        @Override
        public String getName() {
            return name;
        }
    }

    private final List<TokenEntry> entries;

    public ApiTokenAuthenticator(List<TokenEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    @Override
    public Optional<Caller> authenticate(String bearerToken) throws AuthenticationException {
        for (TokenEntry entry : entries) {
            if (MessageDigest.isEqual(entry.token.getBytes(StandardCharsets.UTF_8),
                    bearerToken.getBytes(StandardCharsets.UTF_8))) {
                TokenKind tokenKind = entry.kind;
                LOG.debug("Authenticated caller {} (token kind {})", entry.name, tokenKind);
                return Optional.of(new Caller(entry.name, entry.kind));
            }
        }
        LOG.warn("Rejected unknown bearer token '{}'", bearerToken);
        return Optional.empty();
    }
}
