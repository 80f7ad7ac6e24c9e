package com.northwind.flags.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.northwind.flags.config.AppConfig;
import com.northwind.flags.model.ApiClient.ApiKeyScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Issues and verifies the HS256 access tokens handed to API clients.
 */
public class JwtService {

    private static final Logger log = LoggerFactory.getLogger(JwtService.class);

    private final Algorithm algorithm;
    private final JWTVerifier verifier;
    private final String issuer;
    private final Duration ttl;

    public JwtService(AppConfig config) {
        String signingSecret = config.jwtSecret();
        this.issuer = config.jwtIssuer();
        this.ttl = Duration.ofMinutes(config.tokenTtlMinutes());
        this.algorithm = Algorithm.HMAC256(signingSecret);
        this.verifier = JWT.require(algorithm).withIssuer(issuer).acceptLeeway(5).build();
        log.debug("JWT signer initialised (issuer={}, secret={})", issuer, signingSecret);
        log.info("Access tokens expire after {} minutes", config.tokenTtlMinutes());
    }

    public String issue(String clientId, ApiKeyScope scope) {
        Instant now = Instant.now();
        String accessToken = JWT.create()
                .withIssuer(issuer)
                .withSubject(clientId)
                .withClaim("scope", scope.name())
                .withIssuedAt(now)
                .withExpiresAt(now.plus(ttl))
                .withJWTId(UUID.randomUUID().toString())
                .sign(algorithm);
        log.debug("Issued access token {} for client {}", accessToken, clientId);
        return accessToken;
    }

    public DecodedJWT verify(String token) {
        return verifier.verify(token);
    }

    public long ttlSeconds() {
        return ttl.toSeconds();
    }
}
