package com.cobaltmill.portal.web;

import com.cobaltmill.portal.config.ConfigKeys;
import com.cobaltmill.portal.util.Secrets;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;

/** Puts session information into the Log4j ThreadContext for the access and audit logs. */
@WebFilter(filterName = "sessionAudit", urlPatterns = "/*")
public class SessionAuditFilter implements Filter {

    private static final Logger LOG = LogManager.getLogger(SessionAuditFilter.class);

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpSession session = http.getSession(false);
        try {
            if (session != null) {
                ThreadContext.put("session", session.getId());
                ThreadContext.put("sessionRef", Secrets.hash(session.getId()));
            }
            Cookie[] cookies = Optional.ofNullable(http.getCookies()).orElse(new Cookie[0]);
            Arrays.stream(cookies)
                    .filter(c -> ConfigKeys.SESSION_COOKIE.equals(c.getName()))
                    .findFirst()
                    .ifPresent(c -> LOG.trace("Session cookie {}={}", c.getName(), c.getValue()));
            LOG.debug("Cookies received: {}", cookies.length);

            String authorization = http.getHeader("Authorization");
            boolean bearer = authorization != null && authorization.startsWith("Bearer ");
            LOG.debug("Bearer authentication: {}", bearer);
            String partnerToken = http.getHeader(ConfigKeys.PARTNER_TOKEN_HEADER);
            if (partnerToken != null && partnerToken.length() != 40) {
                LOG.warn("Malformed partner token ({} chars) on {}", partnerToken.length(), http.getRequestURI());
            }
            chain.doFilter(request, response);
        } finally {
            ThreadContext.clearMap();
        }
    }
}
