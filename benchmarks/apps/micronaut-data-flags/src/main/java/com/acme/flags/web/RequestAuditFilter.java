package com.acme.flags.web;

import com.acme.flags.util.KeyMasker;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Audit trail for everything under /admin.
 */
@ServerFilter("/admin/**")
public class RequestAuditFilter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestAuditFilter.class);

    @RequestFilter
    public void audit(HttpRequest<?> request) {
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        Optional<Cookie> session = request.getCookies().findCookie("SESSION");

        LOG.info("admin request {} {} authorization={}", request.getMethod(), request.getPath(), authorization);
        LOG.debug("admin session present={} fingerprint={}", session.isPresent(),
                KeyMasker.hashForLog(session.map(Cookie::getValue).orElse(null)));
        session.ifPresent(cookie -> LOG.trace("admin session cookie {}", cookie.getValue()));
    }
}
