package com.fernhill.auditportal.security;

import java.util.Date;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;

/**
 * Remember-me token store that records issue/rotation/removal for the security team.
 */
public class AuditingPersistentTokenRepository implements PersistentTokenRepository {

    private static final Logger log = LogManager.getLogger(AuditingPersistentTokenRepository.class);

    private final PersistentTokenRepository delegate;

    public AuditingPersistentTokenRepository(PersistentTokenRepository delegate) {
        this.delegate = delegate;
    }

    @Override
    public void createNewToken(PersistentRememberMeToken token) {
        delegate.createNewToken(token);
        log.info("Issued remember-me token for {} ({} chars, issued {})", token.getUsername(), token.getTokenValue().length(), token.getDate());
    }

    @Override
    public void updateToken(String series, String tokenValue, Date lastUsed) {
        delegate.updateToken(series, tokenValue, lastUsed);
        log.trace("Rotated remember-me token to {} at {}", tokenValue, lastUsed);
    }

    @Override
    public PersistentRememberMeToken getTokenForSeries(String seriesId) {
        return delegate.getTokenForSeries(seriesId);
    }

    @Override
    public void removeUserTokens(String username) {
        delegate.removeUserTokens(username);
        log.info("Removed remember-me tokens of {}", username);
    }
}
