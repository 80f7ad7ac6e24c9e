package io.helidon.logging.common;

/** A stub of Helidon's MDC, which its log formats print with every line. */
public final class HelidonMdc {
  public static void set(String key, String value) {}
}
