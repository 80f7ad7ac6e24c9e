package com.northwind.flagdesk.auth;

import com.northwind.flagdesk.db.IntegrationDao;
import io.dropwizard.auth.AuthenticationException;
import io.dropwizard.auth.Authenticator;
import io.dropwizard.auth.basic.BasicCredentials;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Basic auth for humans using the desk UI. */
public class BasicUserAuthenticator implements Authenticator<BasicCredentials, DeskUser> {

    private static final Logger LOG = LoggerFactory.getLogger(BasicUserAuthenticator.class);

    private final IntegrationDao dao;

    public BasicUserAuthenticator(IntegrationDao dao) {
        this.dao = dao;
    }

    @Override
    public Optional<DeskUser> authenticate(BasicCredentials credentials) throws AuthenticationException {
        String username = credentials.getUsername();
        Optional<String> storedDigest;
        try {
            storedDigest = dao.findPasswordDigest(username);
        } catch (JdbiException e) {
            throw new AuthenticationException("User store unavailable", e);
        }
        if (storedDigest.isEmpty()) {
            LOG.info("Login attempt for unknown user {}", username);
            return Optional.empty();
        }
        String candidate = ApiTokenAuthenticator.hexDigest(username + ':' + credentials.getPassword());
        if (!MessageDigest.isEqual(candidate.getBytes(StandardCharsets.US_ASCII),
                storedDigest.get().getBytes(StandardCharsets.US_ASCII))) {
            LOG.warn("Rejected login for {} (password given: '{}')", username, credentials.getPassword());
            return Optional.empty();
        }
        return Optional.of(new DeskUser(username, dao.findRoles(username)));
    }
}
