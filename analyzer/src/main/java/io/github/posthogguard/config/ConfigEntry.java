package io.github.posthogguard.config;

import io.github.posthogguard.analyzer.LineMap;
import io.github.posthogguard.analyzer.TextRange;
import io.github.posthogguard.keys.KeyMatch;
import io.github.posthogguard.keys.PostHogKeys;
import java.util.List;
import java.util.Objects;

/**
 * One named value of a config file: {@code posthog.personal-api-key} of a YAML or properties file,
 * {@code POSTHOG_API_KEY} of a .env file or a docker-compose environment, the Android string {@code
 * posthog_api_key}, the BuildConfig field {@code POSTHOG_KEY}. The value is decoded as its format
 * reads it (escapes, quotes, continuation lines); the name as written, with nesting joined by dots
 * and a Quarkus {@code %profile.} prefix left off. A value written without a name (a literal in
 * Kotlin code, an item of a list) has an empty name.
 */
public final class ConfigEntry {
  private final String path;
  private final String name;
  private final String value;
  private final EntryKind kind;
  private final TextRange nameRange;
  private final ValueLocation location;
  private final String fileText;
  private final LineMap lines;

  ConfigEntry(
      String path,
      String name,
      String value,
      EntryKind kind,
      TextRange nameRange,
      ValueLocation location,
      String fileText,
      LineMap lines) {
    this.path = Objects.requireNonNull(path);
    this.name = Objects.requireNonNull(name);
    this.value = Objects.requireNonNull(value);
    this.kind = Objects.requireNonNull(kind);
    this.nameRange = nameRange;
    this.location = Objects.requireNonNull(location);
    this.fileText = fileText;
    this.lines = lines;
  }

  /** The file's path, as the surface names it. */
  public String path() {
    return path;
  }

  public String name() {
    return name;
  }

  /** The value as the program that reads the file gets it. */
  public String value() {
    return value;
  }

  public EntryKind kind() {
    return kind;
  }

  /** Where the name is written; null for a value without a name. */
  public TextRange nameRange() {
    return nameRange;
  }

  /** Where the value is written, quotes and escapes included. */
  /** The line of its file that its name stands on; empty where the file's text is not kept. */
  String lineOfName() {
    if (fileText == null || nameRange == null) {
      return "";
    }
    int at = Math.min(nameRange.beginOffset(), fileText.length());
    int start = fileText.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
    int end = fileText.indexOf('\n', at);
    return fileText.substring(start, end < 0 ? fileText.length() : end);
  }

  public TextRange valueRange() {
    ValueLocation.Span whole = location.whole();
    return lines.rangeOfOffsets(whole.start(), Math.max(whole.end(), whole.start()));
  }

  /** Where the key found in {@link #value()} at {@code key.start()..key.end()} is written. */
  public TextRange rangeOf(KeyMatch key) {
    ValueLocation.Span span = location.sourceOf(fileText, value, key.start(), key.end());
    return lines.rangeOfOffsets(span.start(), Math.max(span.end(), span.start() + 1));
  }

  /** Whether the key is written verbatim where {@link #rangeOf} points. */
  boolean writtenVerbatim(KeyMatch key) {
    ValueLocation.Span span = location.sourceOf(fileText, value, key.start(), key.end());
    return span.end() - span.start() == key.key().length()
        && fileText.startsWith(key.key(), span.start());
  }

  ValueLocation.Span span() {
    return location.whole();
  }

  /** Every plausible PostHog key in the value, public or secret (placeholders never). */
  public List<KeyMatch> keys() {
    return PostHogKeys.find(value);
  }

  /** The placeholders of the value: {@code ${NAME}}, {@code ${NAME:default}}, and the like. */
  public List<Placeholder> placeholders() {
    return Placeholder.in(value);
  }

  /** The name's words run together, lower case: how relaxed binding compares names. */
  public String normalizedName() {
    return ConfigNames.normalized(name);
  }

  @Override
  public String toString() {
    return path
        + ":"
        + (nameRange == null ? "?" : nameRange.beginLine())
        + " "
        + name
        + " ("
        + kind
        + ")";
  }
}
