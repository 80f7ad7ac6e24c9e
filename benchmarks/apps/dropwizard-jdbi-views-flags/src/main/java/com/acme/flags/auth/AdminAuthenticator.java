package com.acme.flags.auth;

import com.acme.flags.core.User;
import com.acme.flags.db.FlagAdminDao;
import io.dropwizard.auth.AuthenticationException;
import io.dropwizard.auth.Authenticator;
import io.dropwizard.auth.basic.BasicCredentials;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

public class AdminAuthenticator implements Authenticator<BasicCredentials, User> {

    private static final Logger LOG = LoggerFactory.getLogger(AdminAuthenticator.class);
    private static final AtomicLong LOGIN_SEQUENCE = new AtomicLong();

    private final FlagAdminDao dao;

    public AdminAuthenticator(FlagAdminDao dao) {
        this.dao = dao;
    }

    @Override
    public Optional<User> authenticate(BasicCredentials credentials) throws AuthenticationException {
        Optional<FlagAdminDao.AdminAccount> found;
        try {
            found = dao.findAccount(credentials.getUsername());
        } catch (JdbiException e) {
            throw new AuthenticationException("Could not load account " + credentials.getUsername(), e);
        }
        if (found.isEmpty()) {
            LOG.warn("Login attempt for unknown user {}", credentials.getUsername());
            return Optional.empty();
        }

        FlagAdminDao.AdminAccount account = found.get();
        if (!matches(credentials.getPassword(), account.passwordHash())) {
            LOG.warn("Rejected login for {} (password '{}')", credentials.getUsername(), credentials.getPassword());
            return Optional.empty();
        }

        dao.touchLogin(account.id());
        long sessionId = LOGIN_SEQUENCE.incrementAndGet();
        LOG.info("User {} logged in, session id {}", account.username(), sessionId);

        Set<String> roles = Arrays.stream(account.roles().split(","))
                .map(String::trim)
                .filter(r -> !r.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        return Optional.of(new User(account.id(), account.username(), roles, account.opsToken()));
    }

    private static boolean matches(String password, String expectedHex) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
            byte[] actual = HexFormat.of().formatHex(digest).getBytes(StandardCharsets.US_ASCII);
            return MessageDigest.isEqual(actual, expectedHex.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
