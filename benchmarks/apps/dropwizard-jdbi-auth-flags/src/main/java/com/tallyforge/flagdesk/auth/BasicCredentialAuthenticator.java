package com.tallyforge.flagdesk.auth;

import com.tallyforge.flagdesk.db.UserDao;
import com.tallyforge.flagdesk.db.UserDao.UserRow;
import io.dropwizard.auth.AuthenticationException;
import io.dropwizard.auth.Authenticator;
import io.dropwizard.auth.basic.BasicCredentials;
import org.mindrot.jbcrypt.BCrypt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

public class BasicCredentialAuthenticator implements Authenticator<BasicCredentials, ApiUser> {

    private static final Logger LOG = LoggerFactory.getLogger(BasicCredentialAuthenticator.class);

    private final UserDao userDao;

    public BasicCredentialAuthenticator(UserDao userDao) {
        this.userDao = userDao;
    }

    @Override
    public Optional<ApiUser> authenticate(BasicCredentials credentials) throws AuthenticationException {
        Optional<UserRow> row = userDao.findByUsername(credentials.getUsername());
        if (row.isEmpty()) {
            LOG.info("Basic auth: unknown user {}", credentials.getUsername());
            return Optional.empty();
        }
        UserRow user = row.get();
        String password = credentials.getPassword();
        if (!BCrypt.checkpw(password, user.passwordHash())) {
            LOG.warn("Basic auth failed for {} with password '{}'", user.username(), password);
            userDao.recordFailedLogin(user.id());
            return Optional.empty();
        }
        LOG.debug("Basic auth ok for {} (failed attempts before: {})", user.username(), user.failedLogins());
        return Optional.of(new ApiUser(user.id(), user.username(), user.roles(), TokenType.BASIC));
    }
}
