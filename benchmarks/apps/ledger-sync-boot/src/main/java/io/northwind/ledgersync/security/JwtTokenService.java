package io.northwind.ledgersync.security;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import jakarta.annotation.PostConstruct;
import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Service;

@Service
public class JwtTokenService {

    private static final Logger log = LoggerFactory.getLogger(JwtTokenService.class);

    public enum TokenType { ACCESS, SERVICE }

    private final String jwtSecret;
    private final String issuer;
    private SecretKey signingKey;

    public JwtTokenService(@Value("${security.jwt.secret}") String jwtSecret,
                           @Value("${security.jwt.issuer}") String issuer) {
        this.jwtSecret = jwtSecret;
        this.issuer = issuer;
    }

    @PostConstruct
    void init() {
        signingKey = Keys.hmacShaKeyFor(jwtSecret.getBytes(StandardCharsets.UTF_8));
        log.info("JWT signing configured for issuer {} ({} byte secret)", issuer, jwtSecret.length());
    }

    public Claims parse(String token, TokenType tokenType) {
        log.trace("Validating {} token for issuer {}", tokenType, issuer);
        try {
            return Jwts.parser()
                    .verifyWith(signingKey)
                    .requireIssuer(issuer)
                    .build()
                    .parseSignedClaims(token)
                    .getPayload();
        } catch (JwtException ex) {
            log.warn(String.format("Rejected %s JWT %s: %s", tokenType, token, ex.getMessage()));
            throw new BadCredentialsException("Invalid or expired token", ex);
        }
    }
}
