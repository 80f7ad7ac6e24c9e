package com.northwind.flagsync.security;

import com.northwind.flagsync.config.PostHogDefaults;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.session.Session;
import io.micronaut.session.http.SessionForRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Only lets requests with a logged-in admin session through to /admin.
 */
@ServerFilter("/admin/**")
public class AdminSessionFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AdminSessionFilter.class);

    @RequestFilter
    @Nullable
    public HttpResponse<?> requireAdmin(HttpRequest<?> request) {
        Optional<Session> session = SessionForRequest.find(request);
        if (session.isEmpty() || session.get().get("user", String.class).isEmpty()) {
            LOG.debug("No admin session for {}", request.getPath());
            return HttpResponse.unauthorized();
        }
        Session current = session.get();
        LOG.debug("Admin request {} in session {} (user {})", request.getPath(), current.getId(), current.get("user", String.class).orElse("?"));
        if (request.getHeaders().contains(PostHogDefaults.KEY_HEADER)) {
            LOG.warn("Ignoring client-supplied {} header", PostHogDefaults.KEY_HEADER);
        }
        return null;
    }
}
