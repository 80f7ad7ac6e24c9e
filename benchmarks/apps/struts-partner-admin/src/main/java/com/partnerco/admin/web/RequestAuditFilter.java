package com.partnerco.admin.web;

import java.io.IOException;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.partnerco.admin.config.ApiConstants;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;

/**
 * Access log for the admin UI. Runs before the Struts filter.
 */
public class RequestAuditFilter implements Filter {

    private static final Logger LOG = LogManager.getLogger(RequestAuditFilter.class);

    private boolean logAuthHeaders;

    @Override
    public void init(FilterConfig filterConfig) {
        logAuthHeaders = Boolean.parseBoolean(filterConfig.getInitParameter("logAuthHeaders"));
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        long started = System.nanoTime();

        String authorization = request.getHeader(ApiConstants.AUTHORIZATION);
        LOG.debug("{} header present on {}: {}", ApiConstants.AUTHORIZATION, request.getRequestURI(), authorization != null);
        if (logAuthHeaders && authorization != null) {
            LOG.debug("{} {} Authorization: {}", request.getMethod(), request.getRequestURI(), authorization);
        }

        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if ("JSESSIONID".equals(cookie.getName())) {
                    ThreadContext.put("jsession", cookie.getValue());
                }
            }
        }
        String requestedSessionId = request.getRequestedSessionId();
        if (requestedSessionId != null) {
            ThreadContext.put("sidHash", DigestUtils.sha256Hex(requestedSessionId));
        }

        try {
            chain.doFilter(req, res);
        } finally {
            long elapsedMs = (System.nanoTime() - started) / 1_000_000;
            LOG.info("{} {} -> {} ({} ms)", request.getMethod(), request.getRequestURI(), response.getStatus(), elapsedMs);
            ThreadContext.clearMap();
        }
    }

    @Override
    public void destroy() {
    }
}
