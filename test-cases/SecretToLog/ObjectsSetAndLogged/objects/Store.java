package objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Objects of other files given the key in a member, then logged whole. */
public class Store {
  private static final Logger log = LoggerFactory.getLogger(Store.class);

  void store(String tenant) {
    String key = System.getenv("POSTHOG_PERSONAL_API_KEY");
    ShownKey shown = new ShownKey();
    shown.tenant = tenant;
    shown.personalApiKey = key;
    log.info("stored {}", shown); // Noncompliant

    NoToString plain = new NoToString();
    plain.personalApiKey = key;
    log.info("stored {}", plain);

    HiddenKey hidden = new HiddenKey();
    hidden.tenant = tenant;
    hidden.personalApiKey = key;
    log.info("stored {}", hidden);
  }
}
