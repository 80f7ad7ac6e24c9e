package io.lumen.flags.auth;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/** Issues the short-lived tokens the flag debugger uses against this service. */
@ApplicationScoped
public class TokenService {

    public enum TokenType { ACCESS, REFRESH, SERVICE }

    public record IssuedToken(String subject, TokenType type, String value, Instant expiresAt) {
    }

    private static final Logger LOG = Logger.getLogger(TokenService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AtomicInteger tokenCount = new AtomicInteger();

    public IssuedToken issue(String subject, TokenType tokenType) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        long tokenExpiresAt = Instant.now().plusSeconds(tokenType == TokenType.REFRESH ? 86_400 : 900).getEpochSecond();

        int issued = tokenCount.incrementAndGet();
        LOG.infof("Issued %s token for %s (%d since start)", tokenType, subject, issued);
        LOG.debugf("Token value for %s: %s", subject, token);
        LOG.debugf("Token for %s expires at %d", subject, tokenExpiresAt);
        return new IssuedToken(subject, tokenType, token, Instant.ofEpochSecond(tokenExpiresAt));
    }
}
