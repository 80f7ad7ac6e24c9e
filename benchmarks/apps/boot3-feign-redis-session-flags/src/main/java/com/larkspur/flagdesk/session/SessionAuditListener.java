package com.larkspur.flagdesk.session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.session.Session;
import org.springframework.session.events.SessionCreatedEvent;
import org.springframework.session.events.SessionExpiredEvent;
import org.springframework.stereotype.Component;

@Component
public class SessionAuditListener {

    private static final Logger log = LoggerFactory.getLogger(SessionAuditListener.class);

    /** What gets revoked when a session ends. */
    public enum CredentialKind { SESSION_COOKIE, CONSOLE_COOKIE, CSRF_TOKEN }

    @EventListener
    public void onCreated(SessionCreatedEvent event) {
        log.info("Redis session {} created", event.getSessionId());
    }

    @EventListener
    public void onExpired(SessionExpiredEvent event) {
        Session session = event.getSession();
        CredentialKind token = session.getAttribute("ph_console_open") != null
                ? CredentialKind.CONSOLE_COOKIE
                : CredentialKind.SESSION_COOKIE;
        log.info("Session expired after {} idle; revoking credential of kind {}",
                session.getMaxInactiveInterval(), token);
    }
}
