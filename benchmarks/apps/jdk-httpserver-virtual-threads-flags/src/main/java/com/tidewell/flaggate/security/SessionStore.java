package com.tidewell.flaggate.security;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * In-memory admin sessions. flaggate runs as a single replica, so this is enough.
 */
public final class SessionStore {

    private static final Logger LOG = Logger.getLogger(SessionStore.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    public record Session(String id, String user, Instant expiresAt) {
        boolean expired(Instant now) {
            return now.isAfter(expiresAt);
        }
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final long tokenTtlSeconds;

    public SessionStore(long tokenTtlSeconds) {
        this.tokenTtlSeconds = tokenTtlSeconds;
    }

    public Session create(String user) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String sessionId = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Session session = new Session(sessionId, user, Instant.now().plusSeconds(tokenTtlSeconds));
        sessions.put(sessionId, session);
        LOG.info("Created admin session " + sessionId + " for " + user);
        return session;
    }

    public Optional<Session> find(String sessionId) {
        Session session = sessions.get(sessionId);
        if (session == null || session.expired(Instant.now())) {
            return Optional.empty();
        }
        return Optional.of(session);
    }

    public void invalidate(String sessionId) {
        if (sessions.remove(sessionId) != null) {
            LOG.info("Invalidated admin session " + Redactor.fingerprint(sessionId));
        }
    }

    public void purgeExpired() {
        Instant now = Instant.now();
        int before = sessions.size();
        sessions.values().removeIf(s -> s.expired(now));
        int removed = before - sessions.size();
        LOG.fine("Purged " + removed + " expired sessions (tokenTtlSeconds=" + tokenTtlSeconds + ")");
    }
}
