package com.northwind.flagsconsole.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.stereotype.Component;

@Component
public class FlagsJwtAuthoritiesConverter implements Converter<Jwt, Collection<GrantedAuthority>> {

    private static final Logger log = LoggerFactory.getLogger(FlagsJwtAuthoritiesConverter.class);

    private final JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>(scopes.convert(jwt));
        List<String> roles = jwt.getClaimAsStringList("roles");
        if (roles != null) {
            roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        }
        if (authorities.isEmpty()) {
            log.warn("JWT for {} carries no scopes or roles; token {}", jwt.getSubject(), jwt.getTokenValue());
        }
        long tokenAgeSeconds = jwt.getIssuedAt() == null ? -1
                : java.time.Duration.between(jwt.getIssuedAt(), java.time.Instant.now()).toSeconds();
        log.debug("Mapped {} authorities for {} (tokenAgeSeconds={})", authorities.size(), jwt.getSubject(),
                tokenAgeSeconds);
        return authorities;
    }
}
