package com.northwind.portal.session;

import com.northwind.portal.web.HeaderRedactor;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicInteger;

@Component
public class SessionTrackingListener implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(SessionTrackingListener.class);

    private final AtomicInteger activeSessions = new AtomicInteger();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        int active = activeSessions.incrementAndGet();
        log.info("Session created id={} (active={})", session.getId(), active);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        int active = activeSessions.updateAndGet(n -> Math.max(0, n - 1));
        String sessionRef = HeaderRedactor.hashValue(session.getId());
        log.info("Session expired ref={} lastAccess={} (active={})", sessionRef, session.getLastAccessedTime(), active);
    }

    public int getActiveSessions() {
        return activeSessions.get();
    }
}
