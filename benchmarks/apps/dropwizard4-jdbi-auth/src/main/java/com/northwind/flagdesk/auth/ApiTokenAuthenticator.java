package com.northwind.flagdesk.auth;

import com.northwind.flagdesk.db.IntegrationDao;
import io.dropwizard.auth.Authenticator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Bearer tokens for CI jobs; only the SHA-256 of each token is stored. */
public class ApiTokenAuthenticator implements Authenticator<String, DeskUser> {

    private static final Logger LOG = LoggerFactory.getLogger(ApiTokenAuthenticator.class);
    private static final int MIN_TOKEN_LENGTH = 32;

    private final IntegrationDao dao;

    public ApiTokenAuthenticator(IntegrationDao dao) {
        this.dao = dao;
    }

    @Override
    public Optional<DeskUser> authenticate(String token) {
        if (token == null || token.length() < MIN_TOKEN_LENGTH) {
            LOG.debug("Rejecting bearer token of length {}", token == null ? 0 : token.length());
            return Optional.empty();
        }
        String tokenDigest = hexDigest(token);
        Optional<String> username = dao.findUserByTokenDigest(tokenDigest);
        if (username.isEmpty()) {
            LOG.warn("Unknown or revoked bearer token {}", token);
            return Optional.empty();
        }
        LOG.debug("Token sha256={} belongs to {}", tokenDigest, username.get());
        return Optional.of(new DeskUser(username.get(), dao.findRoles(username.get())));
    }

    public static String hexDigest(String value) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
