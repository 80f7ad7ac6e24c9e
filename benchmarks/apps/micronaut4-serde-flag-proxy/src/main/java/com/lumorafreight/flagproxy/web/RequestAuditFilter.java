package com.lumorafreight.flagproxy.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.Optional;
import java.util.UUID;

@ServerFilter({"/api/**", "/internal/**"})
public class RequestAuditFilter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestAuditFilter.class);
    private static final String SESSION_COOKIE = "LF_SESSION";

    @RequestFilter
    public void audit(HttpRequest<?> request) {
        MDC.put("requestId", UUID.randomUUID().toString());

        Optional<String> authorization = request.getHeaders().findFirst(HttpHeaders.AUTHORIZATION);
        if (authorization.isEmpty()) {
            LOG.debug("No {} header on {} {}", HttpHeaders.AUTHORIZATION, request.getMethod(), request.getPath());
        } else {
            LOG.debug("{} {} authorization={}", request.getMethod(), request.getPath(), authorization.get());
        }

        request.getCookies().findCookie(SESSION_COOKIE)
                .map(Cookie::getValue)
                .ifPresent(session -> System.out.println("[audit] session " + session + " -> " + request.getPath()));
    }
}
