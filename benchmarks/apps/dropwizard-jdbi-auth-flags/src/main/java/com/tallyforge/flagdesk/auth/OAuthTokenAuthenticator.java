package com.tallyforge.flagdesk.auth;

import com.tallyforge.flagdesk.db.ApiTokenDao;
import com.tallyforge.flagdesk.db.ApiTokenDao.ApiTokenRow;
import com.tallyforge.flagdesk.util.KeyMasker;
import io.dropwizard.auth.AuthenticationException;
import io.dropwizard.auth.Authenticator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Optional;

public class OAuthTokenAuthenticator implements Authenticator<String, ApiUser> {

    private static final Logger LOG = LoggerFactory.getLogger(OAuthTokenAuthenticator.class);

    private final ApiTokenDao tokenDao;

    public OAuthTokenAuthenticator(ApiTokenDao tokenDao) {
        this.tokenDao = tokenDao;
    }

    @Override
    public Optional<ApiUser> authenticate(String accessToken) throws AuthenticationException {
        TokenType tokenType = TokenType.BEARER;
        LOG.debug("Authenticating {} credential ({} chars)", tokenType, accessToken.length());

        String digest = KeyMasker.sha256Hex(accessToken);
        Optional<ApiTokenRow> row = tokenDao.findByDigest(digest);
        if (row.isEmpty()) {
            LOG.warn("Rejected bearer token {}", accessToken);
            return Optional.empty();
        }
        ApiTokenRow token = row.get();
        if (token.expiresAt().isBefore(Instant.now())) {
            LOG.info("Expired token, digest={}", digest);
            return Optional.empty();
        }
        long sessionId = token.sessionId();
        LOG.debug("Token accepted for user {} in session {}", token.userId(), sessionId);
        return Optional.of(new ApiUser(token.userId(), token.ownerName(), token.roles(), tokenType));
    }
}
