package com.northwind.portal.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

public class LoginAuditFilter {

    private static final Logger LOG = Logger.getLogger("com.northwind.portal.audit");

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public void audit(ContainerRequestContext ctx, HttpServerRequest request) {
        String path = ctx.getUriInfo().getPath();
        if (!path.startsWith("/admin")) {
            return;
        }
        String user = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        String cookies = ctx.getHeaderString(HttpHeaders.COOKIE);
        LOG.infof("admin access %s %s by %s from %s cookies=[%s]",
                ctx.getMethod(), path, user, request.remoteAddress(), cookies);
    }
}
