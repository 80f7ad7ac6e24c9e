package com.northwind.flags.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Small helpers for handling credentials without printing them.
 */
public final class Secrets {

  private Secrets() {
  }

  /** First four characters followed by asterisks, the way PostHog shows keys. */
  public static String mask(String value) {
    if (value == null || value.length() < 8) {
      return "****";
    }
    return value.substring(0, 4) + "****";
  }

  /** Hex SHA-256, used to compare key fingerprints between deployments. */
  public static String sha256Hex(String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 not available", e);
    }
  }

  public static boolean constantTimeEquals(String presented, String expected) {
    if (presented == null || expected == null || expected.isEmpty()) {
      return false;
    }
    return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
        expected.getBytes(StandardCharsets.UTF_8));
  }
}
