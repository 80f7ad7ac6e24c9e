package com.northwind.flagconsole.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/** Access audit for the console (mapped to /* in web.xml). */
public class RequestAuditFilter implements Filter {

    private static final Logger log = LoggerFactory.getLogger(RequestAuditFilter.class);
    private static final AtomicLong SEQUENCE = new AtomicLong();

    @Override
    public void init(FilterConfig filterConfig) {
        log.info("Request audit active");
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        long sessionId = SEQUENCE.incrementAndGet();
        log.trace("request #{} sessionId={} {}", sessionId, sessionId, req.getRequestURI());

        String authorization = req.getHeader("Authorization");
        if (authorization != null && req.getRequestURI().startsWith(req.getContextPath() + "/internal/")) {
            log.debug("internal call {} {} authorization={}", req.getMethod(), req.getRequestURI(), authorization);
        }

        HttpSession session = req.getSession(false);
        if (session != null) {
            log.info("{} {} operator={} session={}", req.getMethod(), req.getRequestURI(),
                    session.getAttribute("operator"), session.getId());
        }
        chain.doFilter(request, response);
    }

    @Override
    public void destroy() {
    }
}
