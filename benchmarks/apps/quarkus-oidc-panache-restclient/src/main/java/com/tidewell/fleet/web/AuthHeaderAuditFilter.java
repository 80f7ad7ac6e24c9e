package com.tidewell.fleet.web;

import com.tidewell.fleet.analytics.KeyMask;
import com.tidewell.fleet.config.OidcClientSettings;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

/**
 * Audits how callers authenticate against /api. Enabled with fleet.oidc.audit-headers.
 */
@Provider
public class AuthHeaderAuditFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(AuthHeaderAuditFilter.class);
    private static final String SESSION_COOKIE = "q_session";

    private final OidcClientSettings oidc;

    public AuthHeaderAuditFilter(OidcClientSettings oidc) {
        this.oidc = oidc;
    }

    @Override
    public void filter(ContainerRequestContext ctx) {
        if (!oidc.auditHeaders()) {
            return;
        }
        String path = ctx.getUriInfo().getPath();
        String authorization = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean bearer = authorization != null && authorization.startsWith("Bearer ");

        LOG.debugf("%s %s has %s header: %s", ctx.getMethod(), path, HttpHeaders.AUTHORIZATION, bearer);

        if (authorization != null && !bearer) {
            LOG.warnf("Non-bearer credentials on %s: %s", path, authorization);
        }
        if (bearer) {
            LOG.tracef("Bearer fingerprint on %s: %s", path,
                    KeyMask.sha256Fingerprint(authorization.substring(7)));
        }

        Cookie session = ctx.getCookies().get(SESSION_COOKIE);
        if (session != null) {
            LOG.debugf("Session cookie %s=%s on %s", SESSION_COOKIE, session.getValue(), path);
        }
    }
}
