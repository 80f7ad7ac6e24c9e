package app;

import io.micronaut.session.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A Micronaut session's id is a login's stand-in; whether it is new is not. */
public class MicronautSessions {
  private static final Logger LOG = LoggerFactory.getLogger(MicronautSessions.class);

  void list(Session session, String user) {
    LOG.info("Flag list requested by {} in session {}", user, session.getId()); // Noncompliant
    LOG.info("Session of {} is new: {}", user, session.isNew());
  }
}
