package app;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Sessions by their id: what a lookup gives is the session, whose user is no secret. */
public class SessionStore {
  public record Session(String id, String user, String password) {}

  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  public Optional<Session> find(String sessionId) {
    return Optional.ofNullable(sessions.get(sessionId));
  }
}
