package com.acme.flaghook.functions;

import com.acme.flaghook.config.FlagHookConfig;
import com.acme.flaghook.diagnostics.StartupDiagnostics;
import com.acme.flaghook.model.FlagChangeEvent;
import com.acme.flaghook.model.WebhookSubscription;
import com.acme.flaghook.posthog.PostHogClientFactory;
import com.acme.flaghook.store.SubscriptionRepository;
import com.acme.flaghook.util.KeyMasker;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.cloud.functions.HttpFunction;
import com.google.cloud.functions.HttpRequest;
import com.google.cloud.functions.HttpResponse;
import com.posthog.server.PostHogInterface;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HTTP entry point PostHog's webhook destination calls when a feature flag changes. */
public class FlagWebhookFunction implements HttpFunction {

  private static final Logger LOG = Logger.getLogger(FlagWebhookFunction.class.getName());
  static final String SIGNATURE_HEADER = "X-PostHog-Signature";
  private static final Set<String> REDACTED_HEADERS =
      Set.of("authorization", "cookie", "x-posthog-signature");
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

  enum TokenType {
    BEARER,
    HMAC_SHA256
  }

  private final FlagHookConfig config = FlagHookConfig.get();
  private final SubscriptionRepository repository = new SubscriptionRepository(config.getGcpProject());
  private final PostHogInterface posthog = PostHogClientFactory.forWebhook(config);

  @Override
  public void service(HttpRequest request, HttpResponse response) throws IOException {
    StartupDiagnostics.logOnce(config);

    String headerDump =
        request.getHeaders().entrySet().stream()
            .map(
                h ->
                    h.getKey()
                        + "="
                        + (REDACTED_HEADERS.contains(h.getKey().toLowerCase(Locale.ROOT))
                            ? "<redacted>"
                            : String.join(",", h.getValue())))
            .collect(Collectors.joining("; "));
    LOG.finer("Inbound webhook headers: " + headerDump);

    request
        .getFirstHeader("Authorization")
        .ifPresent(auth -> LOG.fine("Webhook called with Authorization " + auth));

    String subscriptionName = request.getFirstHeader("X-Subscription").orElse("default");
    WebhookSubscription sub = repository.findByName(subscriptionName).orElse(null);
    if (sub == null || !sub.active()) {
      response.setStatusCode(404);
      return;
    }

    TokenType token = TokenType.HMAC_SHA256;
    LOG.fine("Verifying request of " + sub.name() + " with " + token);
    LOG.fine("Reading signature from header " + SIGNATURE_HEADER);
    LOG.fine("Subscription secret fingerprint " + KeyMasker.fingerprintHash(sub.signingSecret()));

    byte[] body = request.getInputStream().readAllBytes();
    String provided = request.getFirstHeader(SIGNATURE_HEADER).orElse("");
    if (!signatureMatches(sub.signingSecret(), body, provided)) {
      LOG.warning("Bad signature for " + sub.name() + ", expected secret " + sub.signingSecret());
      response.setStatusCode(401);
      return;
    }

    FlagChangeEvent event = MAPPER.readValue(body, FlagChangeEvent.class);
    repository.recordChange(sub.id(), event);
    boolean enabled = posthog.isFeatureEnabled(event.distinctId(), event.flagKey(), false);
    LOG.info("Flag " + event.flagKey() + " " + event.action() + ", now enabled=" + enabled);
    response.setStatusCode(204);
  }

  private static boolean signatureMatches(String secret, byte[] body, String provided) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      String expected = HexFormat.of().formatHex(mac.doFinal(body));
      return MessageDigest.isEqual(
          expected.getBytes(StandardCharsets.US_ASCII), provided.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC unavailable", e);
    }
  }
}
