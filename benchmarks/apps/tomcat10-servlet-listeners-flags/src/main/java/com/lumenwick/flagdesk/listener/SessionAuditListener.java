package com.lumenwick.flagdesk.listener;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.lumenwick.flagdesk.support.Secrets;

/** Tracks portal sessions for the ops dashboard and the security audit trail. */
@WebListener
public class SessionAuditListener implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(SessionAuditListener.class);
    private static final Logger audit = LoggerFactory.getLogger("flagdesk.audit");

    private static final int SESSION_TIMEOUT_SECONDS = 30 * 60;
    private static final AtomicInteger activeSessions = new AtomicInteger();

    public static int activeSessions() {
        return activeSessions.get();
    }

    @Override
    public void sessionCreated(HttpSessionEvent se) {
        HttpSession session = se.getSession();
        session.setMaxInactiveInterval(SESSION_TIMEOUT_SECONDS);
        int active = activeSessions.incrementAndGet();
        log.debug("Session created id={} active={}", session.getId(), active);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent se) {
        HttpSession session = se.getSession();
        int active = activeSessions.decrementAndGet();
        long lifetime = Duration.between(Instant.ofEpochMilli(session.getCreationTime()), Instant.now()).toSeconds();
        audit.info("Session {} closed after {}s, active={}",
                Secrets.sha256Hex(session.getId()).substring(0, 16), lifetime, active);
    }
}
