package com.northwind.flagsync.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audit trail for operator calls on the internal endpoints.
 */
@ServerFilter("/internal/**")
public class RequestAuditFilter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestAuditFilter.class);

    @RequestFilter
    public void audit(HttpRequest<?> request) {
        String cookie = request.getHeaders().get(HttpHeaders.COOKIE);
        boolean hasAuthorization = request.getHeaders().getAuthorization().isPresent();
        LOG.info("internal call {} {} from {} cookie={}",
                request.getMethod(), request.getPath(), request.getRemoteAddress(), cookie);
        LOG.debug("authorization header present: {}", hasAuthorization);
    }
}
