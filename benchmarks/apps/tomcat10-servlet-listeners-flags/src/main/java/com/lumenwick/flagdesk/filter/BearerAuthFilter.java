package com.lumenwick.flagdesk.filter;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.lumenwick.flagdesk.model.TokenKind;
import com.lumenwick.flagdesk.support.Secrets;

/**
 * Protects /admin/* for the ops tooling. Tokens are compared by SHA-256 hash;
 * the hashes come from the filter's init-param in web.xml.
 */
public class BearerAuthFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(BearerAuthFilter.class);

    public static final String AUTHORIZATION_HEADER = "Authorization";
    public static final String TOKEN_KIND_ATTR = "flagdesk.tokenKind";

    private Set<String> allowedTokenHashes = Set.of();

    @Override
    public void init(FilterConfig config) {
        String hashes = config.getInitParameter("allowedTokenHashes");
        if (hashes != null) {
            allowedTokenHashes = Arrays.stream(hashes.split(","))
                    .map(String::trim)
                    .filter(h -> !h.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
        }
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String authHeader = req.getHeader(AUTHORIZATION_HEADER);
        if (authHeader == null || !authHeader.startsWith("Bearer ")) {
            log.debug("Missing {} header on {}", AUTHORIZATION_HEADER, req.getRequestURI());
            resp.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        String token = authHeader.substring("Bearer ".length()).trim();
        if (!allowedTokenHashes.contains(Secrets.sha256Hex(token))) {
            log.warn("Rejected admin call to {} from {} with {}", req.getRequestURI(), req.getRemoteAddr(), authHeader);
            resp.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        TokenKind tokenKind = TokenKind.fromToken(token);
        req.setAttribute(TOKEN_KIND_ATTR, tokenKind);
        log.debug("Admin call to {} authorised, token kind {}", req.getRequestURI(), tokenKind);
        chain.doFilter(req, resp);
    }
}
