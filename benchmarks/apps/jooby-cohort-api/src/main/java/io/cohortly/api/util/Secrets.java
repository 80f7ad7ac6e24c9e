package io.cohortly.api.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Helpers for printing facts about credentials without printing the credentials. */
public final class Secrets {

  private Secrets() {}

  /** Masks a key the way PostHog shows it: first 4 and last 4 characters. */
  public static String mask(String value) {
    if (value == null || value.isEmpty()) {
      return "<unset>";
    }
    if (value.length() < 16) {
      return "********";
    }
    return value.substring(0, 4) + "..." + value.substring(value.length() - 4);
  }

  /** Short SHA-256 fingerprint, enough to tell two keys apart in a log. */
  public static String sha256Hash(String value) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 not available", e);
    }
  }
}
