package io.tallgrass.flagrelay.security;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.security.token.event.AccessTokenGeneratedEvent;
import io.micronaut.security.token.event.RefreshTokenGeneratedEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Singleton
public class TokenIssueAuditor {

    private static final Logger LOG = LoggerFactory.getLogger(TokenIssueAuditor.class);

    enum TokenType { ACCESS, REFRESH }

    @EventListener
    void onAccessToken(AccessTokenGeneratedEvent event) {
        TokenType token = TokenType.ACCESS;
        LOG.info("Issued token of type {}", token);
    }

    @EventListener
    void onRefreshToken(RefreshTokenGeneratedEvent event) {
        String refreshToken = (String) event.getSource();
        LOG.info("Issued token of type {}", TokenType.REFRESH);
        System.out.println("[audit] refresh token issued: " + refreshToken);
    }
}
