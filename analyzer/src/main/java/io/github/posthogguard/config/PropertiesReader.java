package io.github.posthogguard.config;

/**
 * Reads {@code .properties} as {@code java.util.Properties.load} does (comments, continuation
 * lines, {@code key = value}, {@code key: value}, {@code key value}, escapes), keeping where every
 * char was written. A Quarkus profile prefix ({@code %dev.}) is left off the name.
 */
final class PropertiesReader {
  private final String text;
  private int at;

  private PropertiesReader(String text) {
    this.text = text;
  }

  static void read(EntrySink sink) {
    new PropertiesReader(sink.text()).readAll(sink);
  }

  private void readAll(EntrySink sink) {
    while (at < text.length()) {
      skipWhitespace();
      if (at >= text.length()) {
        return;
      }
      char first = text.charAt(at);
      if (isLineEnd(first)) {
        at++;
        continue;
      }
      if (first == '#' || first == '!') {
        skipToLineEnd();
        continue;
      }
      readEntry(sink);
    }
  }

  private void readEntry(EntrySink sink) {
    int nameStart = at;
    DecodedText name = new DecodedText();
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '=' || c == ':' || c == ' ' || c == '\t' || c == '\f' || isLineEnd(c)) {
        break;
      }
      if (!readChar(name)) {
        break;
      }
    }
    int nameEnd = at;
    skipSeparatorSpace();
    if (at < text.length() && (text.charAt(at) == '=' || text.charAt(at) == ':')) {
      at++;
      skipSeparatorSpace();
    }
    DecodedText value = new DecodedText();
    while (at < text.length() && !isLineEnd(text.charAt(at))) {
      if (!readChar(value)) {
        break;
      }
    }
    String key = name.toString();
    if (key.startsWith("%") && key.indexOf('.') > 0) {
      key = key.substring(key.indexOf('.') + 1);
    }
    sink.add(key, EntryKind.PROPERTY, nameStart, nameEnd, value);
  }

  /**
   * Reads one char of a key or value into {@code out}: an escape, or a continuation (a backslash at
   * a line's end joins the next line, its leading whitespace dropped). False at a line's end.
   */
  private boolean readChar(DecodedText out) {
    char c = text.charAt(at);
    if (c != '\\') {
      out.append(c, at, at + 1);
      at++;
      return true;
    }
    int start = at;
    if (at + 1 >= text.length()) {
      at++;
      return false;
    }
    char next = text.charAt(at + 1);
    if (isLineEnd(next)) {
      at += next == '\r' && at + 2 < text.length() && text.charAt(at + 2) == '\n' ? 3 : 2;
      skipWhitespace();
      return at < text.length();
    }
    at += 2;
    switch (next) {
      case 't' -> out.append('\t', start, at);
      case 'n' -> out.append('\n', start, at);
      case 'r' -> out.append('\r', start, at);
      case 'f' -> out.append('\f', start, at);
      case 'u' -> {
        int end = at + 4;
        if (end > text.length()) {
          throw new IllegalArgumentException("malformed \\uxxxx encoding");
        }
        int code = Integer.parseInt(text.substring(at, end), 16);
        at = end;
        out.append((char) code, start, at);
      }
      default -> out.append(next, start, at);
    }
    return true;
  }

  private void skipWhitespace() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c != ' ' && c != '\t' && c != '\f') {
        return;
      }
      at++;
    }
  }

  private void skipSeparatorSpace() {
    skipWhitespace();
  }

  private void skipToLineEnd() {
    while (at < text.length() && !isLineEnd(text.charAt(at))) {
      at++;
    }
  }

  private static boolean isLineEnd(char c) {
    return c == '\n' || c == '\r';
  }
}
