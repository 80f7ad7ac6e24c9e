package com.cobaltmill.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

@WebFilter(filterName = "accessLog", urlPatterns = "/*")
public class AccessLogFilter extends HttpFilter {

    private static final Logger LOG = LogManager.getLogger("access");
    private static final Set<String> MASKED_HEADERS = Set.of("authorization", "cookie", "proxy-authorization", "x-partner-token");

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        chain.doFilter(req, res);
        long micros = (System.nanoTime() - start) / 1_000;

        StringBuilder line = new StringBuilder(256)
                .append(req.getMethod()).append(' ').append(req.getRequestURI())
                .append(" -> ").append(res.getStatus()).append(" in ").append(micros).append("us");
        Enumeration<String> names = req.getHeaderNames();
        while (names.hasMoreElements()) {
            String name = names.nextElement();
            String value = MASKED_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? "***" : req.getHeader(name);
            line.append(" | ").append(name).append('=').append(value);
        }
        LOG.info(line);

        if (res.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
            LOG.debug("403 for cookie header {}", req.getHeader("Cookie"));
        }
    }
}
