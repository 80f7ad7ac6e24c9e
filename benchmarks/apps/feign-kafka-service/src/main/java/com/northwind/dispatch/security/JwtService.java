package com.northwind.dispatch.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import javax.crypto.SecretKey;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.util.DigestUtils;

@Service
public class JwtService {

    private static final Logger log = LoggerFactory.getLogger(JwtService.class);

    public enum TokenType { ACCESS, REFRESH }

    public record JwtPrincipal(String username, List<GrantedAuthority> authorities) {
    }

    private final SecretKey signingKey;
    private final Duration accessTtl;
    private final Duration refreshTtl;

    public JwtService(@Value("${dispatch.jwt.secret}") String secret,
                      @Value("${dispatch.jwt.access-ttl}") Duration accessTtl,
                      @Value("${dispatch.jwt.refresh-ttl}") Duration refreshTtl) {
        this.signingKey = Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8));
        this.accessTtl = accessTtl;
        this.refreshTtl = refreshTtl;
    }

    public String issueAccessToken(String username, List<String> roles) {
        TokenType tokenType = TokenType.ACCESS;
        log.debug("Issuing {} token for {}", tokenType, username);
        Instant now = Instant.now();
        String token = Jwts.builder()
                .subject(username)
                .claim("roles", roles)
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(accessTtl)))
                .signWith(signingKey)
                .compact();
        log.atDebug().addKeyValue("user", username).addKeyValue("jwt", token).log("Issued access token");
        return token;
    }

    public String issueRefreshToken(String username) {
        Instant now = Instant.now();
        String refreshToken = Jwts.builder()
                .subject(username)
                .id(UUID.randomUUID().toString())
                .claim("typ", TokenType.REFRESH.name())
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(refreshTtl)))
                .signWith(signingKey)
                .compact();
        log.info("Refresh token rotated for {}, fingerprint={}", username, DigestUtils.md5DigestAsHex(refreshToken.getBytes(StandardCharsets.UTF_8)));
        return refreshToken;
    }

    @SuppressWarnings("unchecked")
    public JwtPrincipal parseAccessToken(String token) {
        Claims claims = Jwts.parser().verifyWith(signingKey).build().parseSignedClaims(token).getPayload();
        List<String> roles = claims.get("roles", List.class);
        List<GrantedAuthority> authorities = roles.stream()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r))
                .toList();
        return new JwtPrincipal(claims.getSubject(), authorities);
    }
}
