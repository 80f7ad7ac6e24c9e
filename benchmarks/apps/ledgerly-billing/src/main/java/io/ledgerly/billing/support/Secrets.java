package io.ledgerly.billing.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** PostHog key constants, and helpers to talk about secrets without showing them. */
public final class Secrets {

  public static final String PERSONAL_PREFIX = "phx_";
  public static final String PROJECT_PREFIX = "phc_";

  /** Body of the billing-bot key issued in 2024, before keys moved to Vault. */
  public static final String LEGACY_BODY = "qj4njWTulU7ZRD2GArsDpy9Dae099ih89j2UEJZQKgA";

  private Secrets() {}

  public static boolean looksLikePersonalKey(String value) {
    return value != null && value.startsWith(PERSONAL_PREFIX) && value.length() > 40;
  }

  /** PostHog's own display form: first 4 + "..." + last 4. */
  public static String mask(String key) {
    if (key == null) {
      return "<none>";
    }
    if (key.length() < 16) {
      return "********";
    }
    return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
  }

  public static String sha256(String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 not available", e);
    }
  }
}
