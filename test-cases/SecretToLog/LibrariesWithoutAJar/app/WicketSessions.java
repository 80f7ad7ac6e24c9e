package app;

import org.apache.wicket.authroles.authentication.AuthenticatedWebSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A Wicket session's id is its HTTP session's: whoever reads the log can take the session over. */
public class WicketSessions {
  private static final Logger log = LoggerFactory.getLogger(WicketSessions.class);

  /** An application's own session class. */
  abstract static class ConsoleSession extends AuthenticatedWebSession {
    int sessionId;
  }

  void signedIn(ConsoleSession session, String user) {
    log.info("{} signed in (session {})", user, session.getId()); // Noncompliant
    log.info("{} signed in (session counter {})", user, session.sessionId);
  }
}
