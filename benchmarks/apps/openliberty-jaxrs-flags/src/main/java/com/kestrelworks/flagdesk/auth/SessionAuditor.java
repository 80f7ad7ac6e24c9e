package com.kestrelworks.flagdesk.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

@ApplicationScoped
public class SessionAuditor {

    private static final Logger LOGGER = Logger.getLogger(SessionAuditor.class.getName());

    public enum TokenKind {
        BEARER,
        SESSION_COOKIE,
        API_KEY
    }

    private final AtomicLong sessionCounter = new AtomicLong();

    public void record(HttpHeaders headers, TokenKind tokenKind) {
        long sessionId = sessionCounter.incrementAndGet();
        LOGGER.info("audit #" + sessionId + " tokenKind=" + tokenKind);

        Cookie sessionCookie = headers.getCookies().get("JSESSIONID");
        if (sessionCookie != null) {
            String jsession = sessionCookie.getValue();
            LOGGER.fine("session cookie for audit #" + sessionId + ": " + jsession);
        }
    }
}
