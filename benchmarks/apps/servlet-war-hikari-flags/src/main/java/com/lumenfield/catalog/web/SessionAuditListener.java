package com.lumenfield.catalog.web;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicInteger;

@WebListener
public class SessionAuditListener implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(SessionAuditListener.class);

    private final AtomicInteger active = new AtomicInteger();

    @Override
    public void sessionCreated(HttpSessionEvent se) {
        HttpSession session = se.getSession();
        int now = active.incrementAndGet();
        log.info("Session {} created (timeout {}s, {} active)", session.getId(), session.getMaxInactiveInterval(), now);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent se) {
        long ageMs = System.currentTimeMillis() - se.getSession().getCreationTime();
        log.info("Session ended after {} ms, {} active", ageMs, active.decrementAndGet());
    }
}
