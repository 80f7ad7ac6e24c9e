package io.github.posthogguard.config;

import io.github.posthogguard.analyzer.LineMap;
import io.github.posthogguard.analyzer.TextRange;
import java.util.ArrayList;
import java.util.List;

/** Where a format's reader puts the entries it reads from one file. */
final class EntrySink {
  private final String path;
  private final String text;
  private final LineMap lines;
  private final List<ConfigEntry> entries = new ArrayList<>();

  EntrySink(String path, String text, LineMap lines) {
    this.path = path;
    this.text = text;
    this.lines = lines;
  }

  String path() {
    return path;
  }

  String text() {
    return text;
  }

  /** The offset where the text's 1-based {@code line} starts. */
  int lineStart(int line) {
    return lines.offset(line, 1);
  }

  /** A value decoded char by char; {@code nameStart} is -1 for a value without a name. */
  void add(String name, EntryKind kind, int nameStart, int nameEnd, DecodedText value) {
    if (value.length() == 0 && nameStart < 0) {
      return; // an empty literal without a name: nothing to find, nowhere to point
    }
    entries.add(
        new ConfigEntry(
            path,
            name,
            value.toString(),
            kind,
            range(nameStart, nameEnd),
            value.length() == 0 ? new ValueLocation.Written(nameEnd, nameEnd) : value.location(),
            text,
            lines));
  }

  /** A value decoded by a library, written in {@code [rawStart, rawEnd)} of the file. */
  void add(
      String name,
      EntryKind kind,
      int nameStart,
      int nameEnd,
      String value,
      int rawStart,
      int rawEnd) {
    entries.add(
        new ConfigEntry(
            path,
            name,
            value,
            kind,
            range(nameStart, nameEnd),
            new ValueLocation.Written(rawStart, Math.max(rawStart, rawEnd)),
            text,
            lines));
  }

  private TextRange range(int start, int end) {
    return start < 0 ? null : lines.rangeOfOffsets(start, Math.max(end, start + 1));
  }

  List<ConfigEntry> entries() {
    return entries;
  }
}
