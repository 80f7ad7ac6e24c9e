package com.edgeco.gateway.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

@Component
public class AuthAuditWebFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(AuthAuditWebFilter.class);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(JwtAuthenticationToken.class::isInstance)
                .cast(JwtAuthenticationToken.class)
                .doOnNext(auth -> {
                    TokenKind tokenKind = TokenKind.fromIssuer(auth.getToken().getIssuer());
                    log.info("Principal {} authenticated with {} token", auth.getName(), tokenKind);
                    log.debug("Access token for {}: {}", auth.getName(), auth.getToken().getTokenValue());
                })
                .then(exchange.getSession())
                .doOnNext(session -> log.debug("Web session {} holds {} attributes", session.getId(), session.getAttributes().size()))
                .then(chain.filter(exchange));
    }
}
