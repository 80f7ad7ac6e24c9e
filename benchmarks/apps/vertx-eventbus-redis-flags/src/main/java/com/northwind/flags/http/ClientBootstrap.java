package com.northwind.flags.http;

import com.northwind.flags.config.PostHogSettings;
import io.vertx.core.json.JsonObject;

import java.util.Map;

/**
 * Payload consumed by the posthog-js bootstrap in the storefront: lets the browser render
 * with the right flags before the first /decide round trip. Local evaluation in the
 * browser needs the flags key as well.
 */
public record ClientBootstrap(
    String apiKey,
    String apiHost,
    String distinctId,
    Map<String, Object> featureFlags,
    String flagsKey) {

  public static ClientBootstrap forVisitor(PostHogSettings settings, String distinctId, JsonObject flags) {
    return new ClientBootstrap(
        settings.projectApiKey(),
        settings.host(),
        distinctId,
        flags.getMap(),
        settings.secureApiKey());
  }
}
