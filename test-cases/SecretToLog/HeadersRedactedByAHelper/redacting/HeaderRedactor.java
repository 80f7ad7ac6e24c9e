package redacting;

import java.util.Locale;
import java.util.Set;

/** Hides the values of the headers whose names say they are secrets; one helper hides nothing. */
public final class HeaderRedactor {
  private static final Set<String> SENSITIVE = Set.of("authorization", "cookie", "x-api-key");

  private HeaderRedactor() {}

  public static String headerValueForLog(String headerName, String value) {
    if (headerName != null && SENSITIVE.contains(headerName.toLowerCase(Locale.ROOT))) {
      return "[REDACTED]";
    }
    return value;
  }

  public static String masked(String headerName, String value) {
    return SENSITIVE.contains(headerName.toLowerCase(Locale.ROOT)) ? "***" : value;
  }

  public static String firstNonBlank(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
