package com.northwind.flagportal.support;

import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;

/** What we know about a portal session, for troubleshooting Redis session expiry. */
public record SessionSnapshot(String sessionId, String user, Instant createdAt, Duration idle) {

  public static SessionSnapshot from(HttpSession session, String user) {
    return new SessionSnapshot(
        session.getId(),
        user,
        Instant.ofEpochMilli(session.getCreationTime()),
        Duration.ofMillis(System.currentTimeMillis() - session.getLastAccessedTime()));
  }
}
