package com.example.shop.flags;

/**
 * Where flag sync reads definitions from, and with what key. A record's toString() prints every
 * component: whoever logs the settings logs the key, in whatever file that happens.
 */
public record FlagSyncSettings(String host, String personalApiKey) {

  public static FlagSyncSettings fromEnvironment() {
    return new FlagSyncSettings(
        System.getenv("POSTHOG_HOST"), System.getenv("POSTHOG_PERSONAL_API_KEY"));
  }
}
