package com.brightloop.flagservice.flags;

import com.brightloop.flagservice.security.CredentialHolder;
import com.fasterxml.jackson.databind.JsonNode;
import io.sentry.Sentry;
import io.sentry.SentryLevel;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/** Keeps an in-memory copy of the flag definitions for the bootstrap endpoint. */
@Service
public class FlagSyncJob {

  private static final Logger log = LoggerFactory.getLogger(FlagSyncJob.class);

  private final FlagDefinitionClient client;
  private final AtomicLong runCounter = new AtomicLong();
  private final AtomicReference<JsonNode> definitions = new AtomicReference<>();

  public FlagSyncJob(FlagDefinitionClient client) {
    this.client = client;
  }

  @Scheduled(fixedDelayString = "${flags.sync.interval}")
  public void sync() {
    long sessionId = runCounter.incrementAndGet();
    String key = CredentialHolder.getPersonalKey();
    MDC.put("posthog.credential", key);
    try {
      log.info("Starting flag sync sessionId={}", sessionId);
      log.debug("personal key present={} length={}", key != null, key == null ? 0 : key.length());
      definitions.set(client.fetchDefinitions());
    } catch (FlagApiException e) {
      log.warn("Flag sync failed with HTTP {}", e.getStatus());
      Sentry.captureMessage("Flag definition sync failed", SentryLevel.WARNING);
    } finally {
      MDC.remove("posthog.credential");
    }
  }

  public JsonNode currentDefinitions() {
    return definitions.get();
  }
}
