package com.northwind.flagdesk.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Shows keys the way PostHog's settings page does. */
public final class KeyMasker {

  private KeyMasker() {}

  /** {@code phx_...abcd}: the first four and the last four characters. */
  public static String mask(String key) {
    if (key == null || key.isEmpty()) {
      return "<none>";
    }
    if (key.length() < 16) {
      return "********";
    }
    return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
  }

  /** Short SHA-256 fingerprint, to tell two configured keys apart in support tickets. */
  public static String fingerprint(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 not available", e);
    }
  }
}
