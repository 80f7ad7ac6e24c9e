package org.harbor.portal.web;

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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

@WebFilter(urlPatterns = "/*")
public class AccessLogFilter implements Filter {

    private static final Logger LOG = LogManager.getLogger(AccessLogFilter.class);
    private static final String SESSION_COOKIE = "JSESSIONID";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        long started = System.nanoTime();

        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(http.getHeaderNames())) {
            headers.put(name, http.getHeader(name));
        }
        LOG.debug("{} {} headers={}", http.getMethod(), http.getRequestURI(), headers);

        String proxyAuth = http.getHeader("Proxy-Authorization");
        if (proxyAuth != null) {
            LOG.warn("Proxy credentials forwarded by {}: {}", http.getRemoteAddr(), proxyAuth);
        }

        Cookie[] cookies = http.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (SESSION_COOKIE.equals(cookie.getName())) {
                    LOG.trace("session cookie {}", cookie.getValue());
                } else {
                    LOG.trace("cookie {} ({} bytes)", cookie.getName(), cookie.getValue().length());
                }
            }
        }

        HttpSession session = http.getSession(false);
        if (session != null) {
            LOG.info("request in session {} (user {})", session.getId(), session.getAttribute("user"));
        }
        LOG.debug("requested session id valid: {}", http.isRequestedSessionIdValid());

        try {
            chain.doFilter(req, res);
        } finally {
            LOG.info("{} {} took {} ms", http.getMethod(), http.getRequestURI(), (System.nanoTime() - started) / 1_000_000);
        }
    }
}
