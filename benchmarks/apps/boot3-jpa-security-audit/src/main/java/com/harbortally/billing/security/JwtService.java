package com.harbortally.billing.security;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class JwtService {

    private static final Logger log = LoggerFactory.getLogger(JwtService.class);

    private final SecretKey signingKey;
    private final String issuer;
    private final Duration ttl;

    public JwtService(@Value("${harbortally.jwt.signing-secret}") String signingSecret,
                      @Value("${harbortally.jwt.issuer}") String issuer,
                      @Value("${harbortally.jwt.ttl-minutes:30}") long ttlMinutes) {
        if (signingSecret.length() < 32) {
            log.warn("JWT signing secret '{}' is shorter than 256 bits", signingSecret);
        }
        this.signingKey = Keys.hmacShaKeyFor(signingSecret.getBytes(StandardCharsets.UTF_8));
        this.issuer = issuer;
        this.ttl = Duration.ofMinutes(ttlMinutes);
    }

    public String issue(String username, TokenType tokenType) {
        Instant now = Instant.now();
        log.debug("Issuing {} token for {} (ttl {} min)", tokenType, username, ttl.toMinutes());
        return Jwts.builder()
                .issuer(issuer)
                .subject(username)
                .claim("typ", tokenType.name())
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(ttl)))
                .signWith(signingKey)
                .compact();
    }

    public Claims parse(String token) {
        try {
            return Jwts.parser()
                    .verifyWith(signingKey)
                    .requireIssuer(issuer)
                    .build()
                    .parseSignedClaims(token)
                    .getPayload();
        } catch (JwtException e) {
            throw new InvalidTokenException("Rejected bearer token " + token + ": " + e.getMessage(), e);
        }
    }

    /** Kinds of JWT we issue. */
    public enum TokenType {
        ACCESS,
        REFRESH,
        SERVICE
    }

    public static class InvalidTokenException extends RuntimeException {

        public InvalidTokenException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
