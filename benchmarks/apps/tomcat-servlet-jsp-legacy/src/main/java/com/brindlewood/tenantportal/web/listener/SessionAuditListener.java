package com.brindlewood.tenantportal.web.listener;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.brindlewood.tenantportal.util.Secrets;

/** Keeps a count of live sessions for the ops dashboard and writes an audit line per session. */
@WebListener
public class SessionAuditListener implements HttpSessionListener {

    private static final Logger LOG = LogManager.getLogger("audit.session");
    private static final AtomicInteger ACTIVE = new AtomicInteger();

    public static int activeSessions() {
        return ACTIVE.get();
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        int active = ACTIVE.incrementAndGet();
        LOG.info("session created id={} active={}", session.getId(), active);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        int active = ACTIVE.decrementAndGet();
        String sessionRef = Secrets.sha256Hex(session.getId()).substring(0, 12);
        LOG.info("session ended ref={} tenant={} active={}", sessionRef, session.getAttribute("tenantSlug"), active);
    }
}
