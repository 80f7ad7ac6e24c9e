package com.northwind.flagportal.support;

import com.northwind.flagportal.config.PostHogProperties;
import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints what PostHog setup the portal started with, and primes {@link PostHogKeyHolder}. */
@Component
public class PostHogStartupReport {

  private static final Logger log = LoggerFactory.getLogger(PostHogStartupReport.class);

  static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

  /** Which kind of credential local evaluation authenticates with. */
  enum KeyKind {
    PERSONAL,
    FEATURE_FLAGS_SECURE
  }

  record LocalEvaluationStatus(KeyKind apiKey, boolean enabled, int pollIntervalSeconds) {}

  private final PostHogProperties properties;

  public PostHogStartupReport(PostHogProperties properties) {
    this.properties = properties;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void report() {
    String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
    PostHogKeyHolder.setPersonalApiKey(personalKey);

    if (personalKey == null || personalKey.isBlank()) {
      log.warn("{} is not set; flags will be evaluated remotely", PERSONAL_KEY_PROPERTY);
      return;
    }
    log.info("PostHog personal key configured: {} ({} characters)", !personalKey.isBlank(), personalKey.length());
    log.info("PostHog personal key in use: {}", PostHogProperties.mask(personalKey));
    log.debug("PostHog personal key fingerprint: {}", DigestUtils.sha256Hex(personalKey));
    log.info("PostHog settings: {}", properties.redacted());

    KeyKind kind =
        properties.featureFlagsSecureApiKey() != null ? KeyKind.FEATURE_FLAGS_SECURE : KeyKind.PERSONAL;
    LocalEvaluationStatus status =
        new LocalEvaluationStatus(kind, true, properties.pollIntervalSeconds());
    log.info("Local evaluation: {}", status);
  }
}
