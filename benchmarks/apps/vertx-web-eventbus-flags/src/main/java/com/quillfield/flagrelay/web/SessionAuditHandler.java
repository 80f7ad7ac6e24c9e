package com.quillfield.flagrelay.web;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Session;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes an audit line for each admin request; the security team ingests these from the JUL file handler.
 */
public class SessionAuditHandler implements Handler<RoutingContext> {

    private static final Logger AUDIT = Logger.getLogger("com.quillfield.audit");

    private final int sessionTimeoutMinutes;

    public SessionAuditHandler(int sessionTimeoutMinutes) {
        this.sessionTimeoutMinutes = sessionTimeoutMinutes;
    }

    @Override
    public void handle(RoutingContext ctx) {
        Session session = ctx.session();
        String user = ctx.request().getHeader("X-Forwarded-User");
        if (session == null) {
            AUDIT.warning("admin request without session from " + ctx.request().remoteAddress());
        } else {
            String sessionId = session.id();
            AUDIT.log(Level.INFO, "admin {0} {1} user={2} session={3}",
                    new Object[]{ctx.request().method(), ctx.normalizedPath(), user, sessionId});
            AUDIT.fine("session timeout is " + sessionTimeoutMinutes + " minutes, lastAccessed="
                    + session.lastAccessed());
        }
        ctx.next();
    }
}
