package io.tidewater.edgeflags.config;

public final class Masking {

  private Masking() {
  }

  /** Shows a key the way PostHog does: the first 4 and the last 4 characters. */
  public static String mask(String key) {
    if (key == null || key.length() < 16) {
      return "********";
    }
    return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
  }

  public static int lengthOf(String value) {
    return value == null ? 0 : value.length();
  }

  /** Vert.x JSON and header APIs do not like nulls. */
  public static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
