package com.example.shop.flags;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Refreshes flag definitions from PostHog's API on a schedule. */
public final class FlagSync {
  private static final Logger log = LoggerFactory.getLogger(FlagSync.class);

  private final String personalApiKey;

  public FlagSync() {
    this.personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  }

  public void start() {
    log.info("Starting flag sync (key present: {})", personalApiKey != null);
    log.debug("Flag sync authenticates with {}", personalApiKey); // expect: SecretToLog
  }

  public void configured(FlagSyncSettings settings) {
    log.info("Flag sync configured: {}", settings); // expect: SecretToLog
  }

  public void failed(int status) {
    log.warn("Flag sync failed with HTTP {}; check the key ending in {}", status, lastFour());
  }

  private String lastFour() {
    return personalApiKey == null ? "" : personalApiKey.substring(personalApiKey.length() - 4);
  }
}
