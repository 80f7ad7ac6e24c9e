package com.larkspur.flagdesk.auth;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Minimal cookie session for the internal admin UI.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SessionCookieFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(SessionCookieFilter.class);

    public static final String SESSION_COOKIE = "FLAGDESK_SESSION";

    private static final Map<String, String> SESSIONS = new ConcurrentHashMap<>();

    public static void register(String sessionId, String user) {
        SESSIONS.put(sessionId, user);
    }

    @Override
    public void filter(ContainerRequestContext ctx) {
        String path = ctx.getUriInfo().getPath();
        if (path.startsWith("/admin/login") || !(path.startsWith("/admin") || path.startsWith("/ui"))) {
            return;
        }
        Cookie cookie = ctx.getCookies().get(SESSION_COOKIE);
        if (cookie == null) {
            LOG.debugf("No %s cookie on %s", SESSION_COOKIE, path);
            ctx.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
            return;
        }
        String user = SESSIONS.get(cookie.getValue());
        if (user == null) {
            LOG.warnf("Unknown session %s on %s", cookie.getValue(), path);
            ctx.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
            return;
        }
        LOG.debugf("Session for %s accepted on %s (%d active sessions)", user, path, SESSIONS.size());
        ctx.setProperty("flagdesk.user", user);
    }
}
