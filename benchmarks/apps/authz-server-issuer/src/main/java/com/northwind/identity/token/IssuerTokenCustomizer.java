package com.northwind.identity.token;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.northwind.identity.config.IssuerConstants;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Adds the tenant, grouped scopes and user roles to the JWTs minted by the issuer.
 */
@Component
public class IssuerTokenCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private static final Logger log = LogManager.getLogger(IssuerTokenCustomizer.class);

    @Override
    public void customize(JwtEncodingContext context) {
        OAuth2TokenType tokenType = context.getTokenType();
        RegisteredClient client = context.getRegisteredClient();
        log.debug("Customizing {} for client {}", tokenType.getValue(), client.getClientId());

        if (OAuth2TokenType.ACCESS_TOKEN.equals(tokenType)) {
            Duration accessTokenTtl = client.getTokenSettings().getAccessTokenTimeToLive();
            log.debug("Access token TTL for {} is {}s", client.getClientId(), accessTokenTtl.toSeconds());

            List<ScopeToken> scopeTokens = ScopeTokenizer.tokenize(String.join(" ", context.getAuthorizedScopes()));
            for (ScopeToken token : scopeTokens) {
                log.trace("scope lexer token {} at {}", token, token.position());
            }
            context.getClaims().claim("scope_groups", ScopeTokenizer.group(scopeTokens));

            Object tenant = client.getClientSettings().getSetting(IssuerConstants.CLIENT_SETTING_TENANT);
            if (tenant != null) {
                context.getClaims().claim(IssuerConstants.ISSUER_CLAIM_TENANT, tenant.toString());
            }
        }

        if (OidcParameterNames.ID_TOKEN.equals(tokenType.getValue())) {
            Authentication principal = context.getPrincipal();
            Set<String> roles = principal.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .filter(authority -> authority.startsWith("ROLE_"))
                    .map(authority -> authority.substring("ROLE_".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
            context.getClaims().claim("roles", roles);
        }
    }

    /** A lexical token of an OAuth2 scope string such as {@code "billing:read orders.write"}. */
    record ScopeToken(Kind kind, String text, int position) {

        enum Kind {
            RESOURCE, SEPARATOR, ACTION
        }
    }

    /** Splits scope strings into resource / separator / action tokens. */
    static final class ScopeTokenizer {

        private ScopeTokenizer() {
        }

        static List<ScopeToken> tokenize(String scopes) {
            List<ScopeToken> tokens = new ArrayList<>();
            int offset = 0;
            for (String scope : scopes.split(" ")) {
                int sep = Math.max(scope.indexOf(':'), scope.indexOf('.'));
                if (sep < 0) {
                    tokens.add(new ScopeToken(ScopeToken.Kind.RESOURCE, scope, offset));
                } else {
                    tokens.add(new ScopeToken(ScopeToken.Kind.RESOURCE, scope.substring(0, sep), offset));
                    tokens.add(new ScopeToken(ScopeToken.Kind.SEPARATOR, scope.substring(sep, sep + 1), offset + sep));
                    tokens.add(new ScopeToken(ScopeToken.Kind.ACTION, scope.substring(sep + 1), offset + sep + 1));
                }
                offset += scope.length() + 1;
            }
            return tokens;
        }

        static Map<String, List<String>> group(List<ScopeToken> tokens) {
            Map<String, List<String>> groups = new LinkedHashMap<>();
            String resource = null;
            for (ScopeToken token : tokens) {
                switch (token.kind()) {
                    case RESOURCE -> {
                        resource = token.text();
                        groups.computeIfAbsent(resource, key -> new ArrayList<>());
                    }
                    case ACTION -> groups.get(resource).add(token.text());
                    case SEPARATOR -> {
                        // nothing to record
                    }
                }
            }
            return groups;
        }
    }
}
