package dev.brightpath.cohorts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** How the exporter talks about keys in logs: never the value itself. */
final class Masking {

  private Masking() {}

  /** PostHog's display form: {@code phx_...abcd}. */
  static String mask(String secret) {
    if (secret == null || secret.isEmpty()) {
      return "<unset>";
    }
    if (secret.length() < 16) {
      return "********";
    }
    return secret.substring(0, 4) + "..." + secret.substring(secret.length() - 4);
  }

  /** Short SHA-256 fingerprint, to tell two keys apart in logs. */
  static String fingerprint(String secret) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
