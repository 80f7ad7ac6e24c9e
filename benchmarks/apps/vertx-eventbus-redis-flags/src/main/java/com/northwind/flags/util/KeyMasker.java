package com.northwind.flags.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Helpers to display credentials without revealing them.
 */
public final class KeyMasker {

  private KeyMasker() {
  }

  /** "phs_****" style mask: keeps the prefix only. */
  public static String mask(String key) {
    if (key == null) {
      return "<unset>";
    }
    if (key.length() < 16) {
      return "********";
    }
    return key.substring(0, 4) + "****";
  }

  /** Stable, non-reversible identifier for a credential (used for cache namespaces and logs). */
  public static String sha256Hex(String secret) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 not available", e);
    }
  }
}
