package com.lumenware.flagconsole.session;

import java.text.MessageFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.session.Session;
import org.springframework.session.events.SessionCreatedEvent;
import org.springframework.session.events.SessionExpiredEvent;
import org.springframework.stereotype.Component;

/** Audit of console sessions kept in Redis (needs the indexed repository for events). */
@Component
public class SessionAuditListener {

    private static final Logger log = LoggerFactory.getLogger(SessionAuditListener.class);

    @EventListener
    public void onCreated(SessionCreatedEvent event) {
        Session session = event.getSession();
        log.info(MessageFormat.format("redis session {0} created, idle timeout {1}",
                session.getId(), session.getMaxInactiveInterval()));
    }

    @EventListener
    public void onExpired(SessionExpiredEvent event) {
        Session session = event.getSession();
        long idleMinutes = session.getMaxInactiveInterval().toMinutes();
        log.info("a console session expired after {} idle minutes", idleMinutes);
    }
}
