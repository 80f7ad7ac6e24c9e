package io.marigold.telemetry.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Helpers to talk about keys without showing them. */
public final class KeyFormat {

  private KeyFormat() {}

  public static String mask(String key) {
    if (key == null || key.length() < 16) {
      return "********";
    }
    return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
  }

  public static String sha256(String value) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
