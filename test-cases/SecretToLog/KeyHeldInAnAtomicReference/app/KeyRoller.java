package app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The key comes out of another file's reference: only where it came from tells. */
public class KeyRoller {
  private static final Logger log = LoggerFactory.getLogger(KeyRoller.class);

  void roll(RotatingKeyStore store) {
    log.info("rolling key {}", store.current()); // Noncompliant
    log.info("rolled in {}", store.region());
    log.info("next key {}", store.rolled()); // Noncompliant
  }
}
