package com.quarry.graph.security;

import com.quarry.graph.support.KeyMasking;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class SessionAuditListener implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(SessionAuditListener.class);

    @Override
    public void sessionCreated(HttpSessionEvent se) {
        HttpSession session = se.getSession();
        log.info("Session opened ref={} timeout={}s", KeyMasking.hashForCorrelation(session.getId()),
                session.getMaxInactiveInterval());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent se) {
        String sessionId = se.getSession().getId();
        log.info("Session {} expired", sessionId);
    }
}
