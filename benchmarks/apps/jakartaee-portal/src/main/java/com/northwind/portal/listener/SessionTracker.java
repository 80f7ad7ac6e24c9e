package com.northwind.portal.listener;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import java.util.concurrent.atomic.AtomicInteger;

@WebListener
public class SessionTracker implements HttpSessionListener {

    private final AtomicInteger activeSessions = new AtomicInteger();

    @Override
    public void sessionCreated(HttpSessionEvent se) {
        int sessionCount = activeSessions.incrementAndGet();
        System.out.println("Session created: " + se.getSession().getId() + " (active " + sessionCount + ")");
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent se) {
        int sessionCount = activeSessions.decrementAndGet();
        System.out.println("Session destroyed, active sessions now " + sessionCount);
    }
}
