package com.northwind.flagdesk.security;

import com.northwind.flagdesk.config.KeyParts;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audit trail for everything under /admin.
 */
@ServerFilter("/admin/**")
public class AdminAuditFilter {

    private static final Logger LOG = LoggerFactory.getLogger("flagdesk.audit");

    @RequestFilter
    public void audit(HttpRequest<?> request) {
        String cookieHeader = request.getHeaders().get(HttpHeaders.COOKIE);
        LOG.info("Admin request {} {} from {}", request.getMethod(), request.getPath(), request.getRemoteAddress());
        LOG.debug("Admin request {} carries {} header: {}", request.getPath(), KeyParts.API_KEY_HEADER,
                request.getHeaders().contains(KeyParts.API_KEY_HEADER));
        LOG.trace("Admin request {} cookies: {}", request.getPath(), cookieHeader);
    }
}
