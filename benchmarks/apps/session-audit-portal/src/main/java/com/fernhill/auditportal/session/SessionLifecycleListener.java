package com.fernhill.auditportal.session;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.stereotype.Component;

@Component
public class SessionLifecycleListener implements HttpSessionListener {

    private static final Logger log = LogManager.getLogger(SessionLifecycleListener.class);

    private static final AtomicInteger ACTIVE = new AtomicInteger();

    public static int activeSessions() {
        return ACTIVE.get();
    }

    @Override
    public void sessionCreated(HttpSessionEvent se) {
        int active = ACTIVE.incrementAndGet();
        log.printf(Level.DEBUG, "HTTP session %s created (%d active)", se.getSession().getId(), active);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent se) {
        int active = ACTIVE.decrementAndGet();
        log.debug("HTTP session destroyed after {}s max idle ({} active)", se.getSession().getMaxInactiveInterval(), active);
    }
}
