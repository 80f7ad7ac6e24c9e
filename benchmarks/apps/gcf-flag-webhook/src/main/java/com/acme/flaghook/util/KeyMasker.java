package com.acme.flaghook.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Helpers to talk about secrets in logs without printing them. */
public final class KeyMasker {

  private KeyMasker() {}

  /** PostHog's own display form: first 4 + "..." + last 4. */
  public static String mask(String key) {
    if (key == null) {
      return "<unset>";
    }
    if (key.length() < 16) {
      return "********";
    }
    return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
  }

  /** Short SHA-256 fingerprint, to tell two secrets apart in logs. */
  public static String fingerprintHash(String value) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
