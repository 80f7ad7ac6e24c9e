package untyped;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a lambda is given by another file's generic method has a type this file does not know: a
 * getter named like a secret is judged by what the project's types that declare it return.
 */
public class OutboxRelay {
  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
  private final EventStore store;

  OutboxRelay(EventStore store) {
    this.store = store;
  }

  void replay(long id) {
    store.find(id).ifPresent(event -> log.info("replaying session {}", event.getSessionId()));
    store.find(id).ifPresent(event -> log.info("replaying with {}", event.getRefreshToken())); // Noncompliant
  }
}
