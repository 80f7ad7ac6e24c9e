package com.acme.hub.security;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.io.Decoders;
import io.jsonwebtoken.security.Keys;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;

import javax.crypto.SecretKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

@Service
public class JwtService {

    private static final Logger log = LogManager.getLogger(JwtService.class);
    private static final String ROLES_CLAIM = "roles";

    private final SecretKey signingKey;
    private final String issuer;
    private final long tokenTtlSeconds;

    public JwtService(@Value("${hub.jwt.secret}") String secret,
                      @Value("${hub.jwt.issuer}") String issuer,
                      @Value("${hub.jwt.ttl-seconds:3600}") long tokenTtlSeconds) {
        this.signingKey = Keys.hmacShaKeyFor(Decoders.BASE64.decode(secret));
        this.issuer = issuer;
        this.tokenTtlSeconds = tokenTtlSeconds;
    }

    public String issueToken(UserDetails user) {
        Instant now = Instant.now();
        List<String> roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        String accessToken = Jwts.builder()
                .id(UUID.randomUUID().toString())
                .issuer(issuer)
                .subject(user.getUsername())
                .claim(ROLES_CLAIM, roles)
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plusSeconds(tokenTtlSeconds)))
                .signWith(signingKey)
                .compact();
        log.info("Issued access token for {} (ttl {}s)", user.getUsername(), tokenTtlSeconds);
        log.debug("Access token for {}: {}", user.getUsername(), accessToken);
        return accessToken;
    }

    public Claims parse(String token) {
        try {
            return Jwts.parser()
                    .verifyWith(signingKey)
                    .requireIssuer(issuer)
                    .build()
                    .parseSignedClaims(token)
                    .getPayload();
        } catch (JwtException | IllegalArgumentException e) {
            throw new InvalidTokenException("Rejected JWT '" + token + "': " + e.getMessage(), e);
        }
    }

    public Authentication toAuthentication(String token) {
        Claims claims = parse(token);
        @SuppressWarnings("unchecked")
        List<String> roles = claims.get(ROLES_CLAIM, List.class);
        List<SimpleGrantedAuthority> authorities = roles == null
                ? List.of()
                : roles.stream().map(SimpleGrantedAuthority::new).toList();
        return new UsernamePasswordAuthenticationToken(claims.getSubject(), null, authorities);
    }

    public long getTokenTtlSeconds() {
        return tokenTtlSeconds;
    }
}
