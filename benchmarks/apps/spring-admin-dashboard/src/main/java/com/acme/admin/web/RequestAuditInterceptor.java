package com.acme.admin.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Enumeration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

@Component
public class RequestAuditInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(RequestAuditInterceptor.class);
    private static final String API_KEY_HEADER = "X-Api-Key";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (log.isDebugEnabled()) {
            log.debug("--> {} {}", request.getMethod(), request.getRequestURI());
            Enumeration<String> names = request.getHeaderNames();
            while (names.hasMoreElements()) {
                String name = names.nextElement();
                log.debug("    {}: {}", name, request.getHeader(name));
            }
        }

        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            String credentials = authorization.trim();
            log.info("Admin call {} {} with credentials {}", request.getMethod(), request.getRequestURI(), credentials);
        }

        String apiKey = request.getHeader(API_KEY_HEADER);
        log.debug("Header {} present: {}", API_KEY_HEADER, apiKey != null);

        HttpSession session = request.getSession(false);
        log.debug("Existing session: {}", session != null);
        return true;
    }
}
