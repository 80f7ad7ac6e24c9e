package io.github.posthogguard.analyzer;

import java.time.Duration;

/**
 * How much one file may cost: files longer than {@code maxParsedChars} are not parsed (their text
 * is still scanned for keys), and the work on one file (parse, rules, summary) stops after {@code
 * timePerFile} of processor time (at most three times as long on the clock: {@link FileBudget}).
 * The defaults can be changed for surfaces without options of their own (Error Prone, SonarQube)
 * with the system properties {@value #MAX_PARSED_PROPERTY} (megabytes) and {@value #TIME_PROPERTY}
 * (seconds).
 */
public record Limits(long maxParsedChars, Duration timePerFile) {
  public static final String MAX_PARSED_PROPERTY = "posthogguard.maxParsedMegabytes";
  public static final String TIME_PROPERTY = "posthogguard.secondsPerFile";

  /**
   * 2 MB: the largest hand-written Java files are far smaller; generated ones are not rare above.
   */
  public static final long DEFAULT_MAX_PARSED_CHARS = 2L * 1024 * 1024;

  /** Seconds, not milliseconds: a cold JVM parses a 2 MB file in about one second. */
  public static final Duration DEFAULT_TIME_PER_FILE = Duration.ofSeconds(5);

  public Limits {
    if (maxParsedChars < 1) {
      throw new IllegalArgumentException("maxParsedChars must be positive: " + maxParsedChars);
    }
    if (timePerFile.isNegative() || timePerFile.isZero()) {
      throw new IllegalArgumentException("timePerFile must be positive: " + timePerFile);
    }
  }

  /** The defaults, or the system properties' values where they are set and valid. */
  public static Limits fromSystemProperties() {
    return new Limits(
        positive(MAX_PARSED_PROPERTY, DEFAULT_MAX_PARSED_CHARS / (1024 * 1024)) * 1024 * 1024,
        Duration.ofMillis(positive(TIME_PROPERTY, DEFAULT_TIME_PER_FILE.toSeconds()) * 1000));
  }

  /** "2 MB", "512 KB": the size limit as messages show it. */
  public String maxParsedText() {
    return size(maxParsedChars);
  }

  static String size(long chars) {
    return chars >= 1024 * 1024 && chars % (1024 * 1024) == 0
        ? chars / (1024 * 1024) + " MB"
        : chars >= 1024 * 1024
            ? String.format(java.util.Locale.ROOT, "%.1f MB", chars / (1024.0 * 1024))
            : (chars + 1023) / 1024 + " KB";
  }

  /** "5 s", "250 ms": the time budget as messages show it. */
  public String timeText() {
    long millis = timePerFile.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  private static long positive(String property, long fallback) {
    try {
      long value = Long.parseLong(System.getProperty(property, "").strip());
      return value > 0 ? value : fallback;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
