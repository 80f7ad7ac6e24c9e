package io.lumenfield.beacon.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.Set;

@ServerFilter("/admin/**")
public class RequestAuditFilter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestAuditFilter.class);

    private static final Set<String> SENSITIVE = Set.of("authorization", "proxy-authorization", "cookie", "x-admin-token");

    @RequestFilter
    public void audit(HttpRequest<?> request) {
        String cookieHeader = request.getHeaders().get(HttpHeaders.COOKIE);
        LOG.info("admin call {} {} cookies={}", request.getMethod(), request.getPath(), cookieHeader);
        request.getHeaders().forEach((name, values) ->
                LOG.debug("  {}: {}", name, SENSITIVE.contains(name.toLowerCase(Locale.ROOT)) ? "<redacted>" : values));
        if (request.getHeaders().getAuthorization().isEmpty()) {
            LOG.debug("no credentials in the {} header", HttpHeaders.AUTHORIZATION);
        }
    }
}
