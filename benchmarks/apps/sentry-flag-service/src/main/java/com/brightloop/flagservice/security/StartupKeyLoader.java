package com.brightloop.flagservice.security;

import com.brightloop.flagservice.config.PostHogProperties;
import com.brightloop.flagservice.support.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

@Component
public class StartupKeyLoader implements ApplicationListener<ApplicationReadyEvent> {

  private static final Logger log = LoggerFactory.getLogger(StartupKeyLoader.class);
  private static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";

  private final PostHogProperties properties;

  public StartupKeyLoader(PostHogProperties properties) {
    this.properties = properties;
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    String key = System.getenv(PERSONAL_KEY_ENV);
    if (key == null || key.isBlank()) {
      log.warn("{} is not set, falling back to the break-glass key", PERSONAL_KEY_ENV);
      key = CredentialHolder.breakGlassKey();
    }
    CredentialHolder.setPersonalKey(key);
    log.info("Effective PostHog settings: {}", Secrets.redact(properties.toString()));
  }
}
