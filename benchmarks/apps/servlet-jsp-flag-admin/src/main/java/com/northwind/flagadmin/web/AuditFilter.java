package com.northwind.flagadmin.web;

import java.io.IOException;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

import com.northwind.flagadmin.config.FlagDefaults;
import com.northwind.flagadmin.util.KeyMasker;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Access log for the console. Every request is correlated by a hash of its session.
 */
public class AuditFilter implements Filter {

    private static final Logger log = LoggerFactory.getLogger(AuditFilter.class);

    @Override
    public void init(FilterConfig filterConfig) {
        log.debug("Audit filter ready, watching header {}", FlagDefaults.AUTH_HEADER);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpSession session = http.getSession(false);
        long start = System.currentTimeMillis();
        try {
            chain.doFilter(request, response);
        } finally {
            long took = System.currentTimeMillis() - start;
            if (session != null) {
                String sessionRef = KeyMasker.sha256Hex(session.getId()).substring(0, 12);
                log.info("{} {} session={} took={}ms", http.getMethod(), http.getRequestURI(), sessionRef, took);
                if (session.isNew()) {
                    log.debug("New console session {} from {}", session.getId(), http.getRemoteAddr());
                }
            } else {
                log.info("{} {} anonymous took={}ms", http.getMethod(), http.getRequestURI(), took);
            }
        }
    }

    @Override
    public void destroy() {
    }
}
