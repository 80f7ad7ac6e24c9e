package io.github.posthogguard.config;

/**
 * Where a decoded value stands in its file's text, so that a key found in the value can be pointed
 * at. Readers that decode char by char map every char ({@link Mapped}); values a library decodes
 * (YAML, XML) know only the span they were written in ({@link Written}): a key written there
 * verbatim is pointed at exactly, any other at the whole value.
 */
sealed interface ValueLocation {

  /** A span of the file's text: char offsets, the end exclusive. */
  record Span(int start, int end) {}

  /** The span of the file's text where the value's chars {@code [from, to)} were written. */
  Span sourceOf(String fileText, String value, int from, int to);

  /** The span of the whole written value; for an empty value, where it would stand. */
  Span whole();

  /** Every char of the value mapped to its own span. */
  record Mapped(int[] starts, int[] ends, int start, int end) implements ValueLocation {
    @Override
    public Span sourceOf(String fileText, String value, int from, int to) {
      if (starts.length == 0 || from >= to) {
        return whole();
      }
      return new Span(
          starts[Math.min(from, starts.length - 1)], ends[Math.min(to, ends.length) - 1]);
    }

    @Override
    public Span whole() {
      return new Span(Math.max(start, 0), Math.max(end, Math.max(start, 0)));
    }
  }

  /** Only the span the value was written in, quotes and escapes included. */
  record Written(int start, int end) implements ValueLocation {
    @Override
    public Span sourceOf(String fileText, String value, int from, int to) {
      String part = value.substring(from, to);
      int at = part.isEmpty() ? -1 : fileText.indexOf(part, start);
      return at < 0 || at + part.length() > end ? whole() : new Span(at, at + part.length());
    }

    @Override
    public Span whole() {
      return new Span(start, end);
    }
  }
}
