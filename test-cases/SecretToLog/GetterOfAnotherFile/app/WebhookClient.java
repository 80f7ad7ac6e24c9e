package app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The secret comes from a getter of another file; the finding points there. */
public class WebhookClient {
  private static final Logger log = LoggerFactory.getLogger(WebhookClient.class);

  void call(SigningSettings settings) {
    log.debug("signing with {}", settings.currentValue()); // Noncompliant {{The secret from webhook.signing-secret (from SigningSettings.java:7) reaches SLF4J debug(): logs keep it in clear; log a masked form (first 4 and last 4 characters) or nothing}}
    log.debug("calling {}", settings.endpoint());
  }
}
