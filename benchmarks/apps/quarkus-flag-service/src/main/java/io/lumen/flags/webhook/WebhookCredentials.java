package io.lumen.flags.webhook;

import java.time.Duration;

/** Where flag-change webhooks go and how they are signed. */
public record WebhookCredentials(String targetUrl, String signingSecret, String signatureHeader, Duration timeout) {
}
