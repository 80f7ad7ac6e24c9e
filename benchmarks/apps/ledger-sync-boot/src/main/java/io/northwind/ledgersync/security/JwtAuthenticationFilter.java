package io.northwind.ledgersync.security;

import io.jsonwebtoken.Claims;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
public class JwtAuthenticationFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(JwtAuthenticationFilter.class);
    private static final String AUTH_HEADER = "Authorization";
    private static final String BEARER = "Bearer ";

    private final JwtTokenService tokenService;

    public JwtAuthenticationFilter(JwtTokenService tokenService) {
        this.tokenService = tokenService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                    FilterChain chain) throws ServletException, IOException {
        MDC.put("httpSession", request.getSession(true).getId());
        try {
            String header = request.getHeader(AUTH_HEADER);
            if (header == null || !header.startsWith(BEARER)) {
                log.debug("No {} header on {} {}", AUTH_HEADER, request.getMethod(), request.getRequestURI());
                chain.doFilter(request, response);
                return;
            }
            log.debug("Authenticating {} with {}", request.getRequestURI(), header);

            Claims claims = tokenService.parse(header.substring(BEARER.length()), JwtTokenService.TokenType.ACCESS);
            List<SimpleGrantedAuthority> authorities = claims.get("roles", List.class).stream()
                    .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                    .toList();
            SecurityContextHolder.getContext().setAuthentication(
                    new UsernamePasswordAuthenticationToken(claims.getSubject(), null, authorities));
            chain.doFilter(request, response);
        } finally {
            MDC.remove("httpSession");
        }
    }
}
