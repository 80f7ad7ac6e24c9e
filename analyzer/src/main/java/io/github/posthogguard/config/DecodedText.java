package io.github.posthogguard.config;

import java.util.Arrays;

/**
 * A value as its format decodes it, char by char, each char with the span of the file's text it was
 * written as ({@code \u0070} is one char from six). A key found in the value is then located
 * exactly in the file, escapes and continuation lines included.
 */
final class DecodedText {
  private final StringBuilder chars = new StringBuilder();
  private int[] starts = new int[16];
  private int[] ends = new int[16];

  void append(char c, int sourceStart, int sourceEnd) {
    int at = chars.length();
    if (at == starts.length) {
      starts = Arrays.copyOf(starts, at * 2);
      ends = Arrays.copyOf(ends, at * 2);
    }
    chars.append(c);
    starts[at] = sourceStart;
    ends[at] = sourceEnd;
  }

  /** Appends {@code text} as written verbatim from {@code sourceStart} on. */
  void appendVerbatim(CharSequence text, int sourceStart) {
    for (int i = 0; i < text.length(); i++) {
      append(text.charAt(i), sourceStart + i, sourceStart + i + 1);
    }
  }

  void appendAll(DecodedText other) {
    for (int i = 0; i < other.length(); i++) {
      append(other.chars.charAt(i), other.starts[i], other.ends[i]);
    }
  }

  int length() {
    return chars.length();
  }

  char charAt(int index) {
    return chars.charAt(index);
  }

  int sourceStart(int index) {
    return starts[index];
  }

  int sourceEnd(int index) {
    return ends[index];
  }

  /** The chars {@code [from, to)}, still mapped to where they were written. */
  DecodedText slice(int from, int to) {
    DecodedText slice = new DecodedText();
    for (int i = from; i < to; i++) {
      slice.append(chars.charAt(i), starts[i], ends[i]);
    }
    return slice;
  }

  /** This text trimmed of spaces and tabs on both ends. */
  DecodedText stripped() {
    int from = 0;
    int to = length();
    while (from < to && isBlank(chars.charAt(from))) {
      from++;
    }
    while (to > from && isBlank(chars.charAt(to - 1))) {
      to--;
    }
    return from == 0 && to == length() ? this : slice(from, to);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  @Override
  public String toString() {
    return chars.toString();
  }

  /** Where the chars {@code [from, to)} were written: a span of the file's text. */
  ValueLocation.Span sourceOf(int from, int to) {
    if (from >= to || to > length()) {
      return length() == 0 ? null : new ValueLocation.Span(starts[0], ends[length() - 1]);
    }
    return new ValueLocation.Span(starts[from], ends[to - 1]);
  }

  /** A location that maps each char back to where it was written. */
  ValueLocation location() {
    int length = length();
    return new ValueLocation.Mapped(
        Arrays.copyOf(starts, length), Arrays.copyOf(ends, length), firstStart(), lastEnd());
  }

  private int firstStart() {
    return length() == 0 ? -1 : starts[0];
  }

  private int lastEnd() {
    return length() == 0 ? -1 : ends[length() - 1];
  }
}
