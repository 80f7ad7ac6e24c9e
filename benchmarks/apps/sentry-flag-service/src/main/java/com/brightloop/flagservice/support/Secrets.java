package com.brightloop.flagservice.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Helpers to talk about credentials without showing them. */
public final class Secrets {

  private static final Pattern POSTHOG_KEY = Pattern.compile("\\b(ph[xsarc]_)[A-Za-z0-9]{8,}");

  private Secrets() {}

  /** Masks a key the way PostHog's UI shows it: first 4 and last 4 characters. */
  public static String mask(String key) {
    if (key == null || key.length() < 16) {
      return "********";
    }
    return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
  }

  /** Replaces the body of every PostHog key in a text with {@code ***}. */
  public static String redact(String text) {
    return text == null ? null : POSTHOG_KEY.matcher(text).replaceAll("$1***");
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
