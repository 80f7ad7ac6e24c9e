package io.helmflag.flagservice.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
public class SessionAuditFilter extends OncePerRequestFilter {

    private static final Logger log = LogManager.getLogger(SessionAuditFilter.class);

    enum TokenType { NONE, BEARER, SESSION_COOKIE }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain filterChain)
            throws ServletException, IOException {
        TokenType token = resolveTokenType(request);
        boolean sessionIdValid = request.isRequestedSessionIdValid();
        log.debug("{} {} token={} sessionIdValid={}", request.getMethod(), request.getRequestURI(), token, sessionIdValid);
        log.trace("Request header names: {}", Collections.list(request.getHeaderNames()));

        if (request.getRequestURI().startsWith("/admin")) {
            log.info("Admin access from {} with session {}", request.getRemoteAddr(), request.getSession().getId());
            log.debug("Admin request cookies: {}", request.getHeader(HttpHeaders.COOKIE));
        }
        filterChain.doFilter(request, response);
    }

    private static TokenType resolveTokenType(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.startsWith("Bearer ")) {
            return TokenType.BEARER;
        }
        return request.getRequestedSessionId() != null ? TokenType.SESSION_COOKIE : TokenType.NONE;
    }
}
