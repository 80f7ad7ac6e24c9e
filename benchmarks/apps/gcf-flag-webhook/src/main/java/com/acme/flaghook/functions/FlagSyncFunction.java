package com.acme.flaghook.functions;

import com.acme.flaghook.config.FlagHookConfig;
import com.acme.flaghook.model.FlagChangeEvent;
import com.acme.flaghook.model.PubSubMessage;
import com.acme.flaghook.posthog.PostHogClientFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.cloud.functions.BackgroundFunction;
import com.google.cloud.functions.Context;
import com.posthog.server.PostHogInterface;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pub/Sub-triggered function (topic {@code flag-exposures}): re-evaluates a flag for a user
 * after the web app reported an exposure, and captures the result.
 */
public class FlagSyncFunction implements BackgroundFunction<PubSubMessage> {

  private static final Logger LOG = Logger.getLogger(FlagSyncFunction.class.getName());
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

  private final FlagHookConfig config = FlagHookConfig.get();
  private final PostHogInterface posthog = PostHogClientFactory.forBackgroundSync(config);
  private final PostHogInterface audit = PostHogClientFactory.forAudit(config);

  @Override
  public void accept(PubSubMessage message, Context context) {
    String sessionToken = message.getAttributes().get("session_token");
    LOG.info("Replaying exposure " + context.eventId() + " for session " + sessionToken);

    String secureApiKey = config.getFlagsSecureApiKey();
    LOG.log(
        Level.CONFIG,
        "Local evaluation against {0} with secure key {1}",
        new Object[] {config.getHost(), secureApiKey});
    LOG.info("Sync uses secure key " + secureApiKey.substring(0, 8) + "...");

    FlagChangeEvent event;
    try {
      event = MAPPER.readValue(Base64.getDecoder().decode(message.getData()), FlagChangeEvent.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Malformed exposure message " + message.getMessageId(), e);
    }

    boolean enabled = posthog.isFeatureEnabled(event.distinctId(), event.flagKey(), false);
    audit.capture(
        event.distinctId(),
        "flag_reevaluated",
        Map.of("flag", event.flagKey(), "enabled", enabled, "team_id", event.teamId()));
    LOG.fine("Re-evaluated " + event.flagKey() + " for " + event.distinctId() + ": " + enabled);
  }
}
