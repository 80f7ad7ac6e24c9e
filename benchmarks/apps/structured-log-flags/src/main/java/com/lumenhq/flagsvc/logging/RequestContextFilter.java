package com.lumenhq.flagsvc.logging;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static net.logstash.logback.argument.StructuredArguments.kv;
import static net.logstash.logback.argument.StructuredArguments.value;

@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestContextFilter extends OncePerRequestFilter {

    public static final String OVERRIDE_HEADER = "X-Log-Override-Token";
    public static final String OVERRIDE_MDC_KEY = "logOverrideFp";

    private static final Logger log = LoggerFactory.getLogger(RequestContextFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = request.getHeader("X-Request-Id");
        MDC.put("requestId", requestId != null ? requestId : UUID.randomUUID().toString());
        HttpSession session = request.getSession(false);
        MDC.put("sessionPresent", String.valueOf(session != null));
        if (session != null) {
            MDC.put("sessionId", session.getId());
        }
        String override = request.getHeader(OVERRIDE_HEADER);
        if (override != null) {
            MDC.put(OVERRIDE_MDC_KEY, KeyMasking.fingerprint(override));
        }
        try {
            if (log.isDebugEnabled()) {
                String cookieHeader = request.getHeader(HttpHeaders.COOKIE);
                log.debug("inbound {} {}", kv("method", request.getMethod()), kv("cookie", cookieHeader));
                log.debug("inbound headers {}", value("headers", KeyMasking.redactHeaders(headersOf(request))));
            }
            chain.doFilter(request, response);
        } finally {
            MDC.clear();
        }
    }

    private static Map<String, String> headersOf(HttpServletRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, request.getHeader(name));
        }
        return headers;
    }
}
