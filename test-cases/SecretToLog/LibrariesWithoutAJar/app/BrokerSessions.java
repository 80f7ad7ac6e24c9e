package app;

import org.apache.activemq.command.SessionInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A message broker's session is a connection's: its id logs in no one. */
public class BrokerSessions {
  private static final Logger log = LoggerFactory.getLogger(BrokerSessions.class);

  void added(SessionInfo info, jakarta.servlet.http.HttpSession http) {
    log.warn("failed to add session {}", info.getSessionId());
    log.warn("failed to add session {}", http.getId()); // Noncompliant
  }
}
