package com.brambleway.catalog.filter;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * Tracks live storefront sessions (cart, recently viewed products).
 */
public class SessionListener implements HttpSessionListener {

    private static final Logger LOG = Logger.getLogger(SessionListener.class.getName());
    private static final AtomicInteger ACTIVE = new AtomicInteger();

    @Override
    public void sessionCreated(HttpSessionEvent se) {
        HttpSession session = se.getSession();
        session.setMaxInactiveInterval(30 * 60);
        int active = ACTIVE.incrementAndGet();
        LOG.info("New storefront session " + session.getId() + " (" + active + " active)");
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent se) {
        int active = ACTIVE.decrementAndGet();
        LOG.fine("Session expired after " + se.getSession().getMaxInactiveInterval() + "s, " + active + " active");
    }
}
