package io.github.posthogguard.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads TOML: {@code [table]} and {@code [[array]]} headers, dotted and quoted keys, the four kinds
 * of strings (basic with escapes, literal, and their multi-line forms), arrays and inline tables.
 * Every string is an entry named by its table and key path. What it cannot read ends the reading.
 */
final class TomlReader {
  private final EntrySink sink;
  private final String text;
  private int at;
  private String table = "";

  private TomlReader(EntrySink sink) {
    this.sink = sink;
    this.text = sink.text();
  }

  static void read(EntrySink sink) {
    new TomlReader(sink).readAll();
  }

  private void readAll() {
    while (at < text.length()) {
      skipSpaceAndComments(true);
      if (at >= text.length()) {
        return;
      }
      if (text.charAt(at) == '[') {
        boolean array = text.startsWith("[[", at);
        at += array ? 2 : 1;
        table = keyPath().name();
        expect(']');
        if (array) {
          expect(']');
        }
        continue;
      }
      Key key = keyPath();
      skipBlanks();
      expect('=');
      skipBlanks();
      value(join(table, key.name()), key);
    }
  }

  private record Key(String name, int start, int end) {}

  private Key keyPath() {
    skipBlanks();
    int start = at;
    List<String> parts = new ArrayList<>();
    while (true) {
      skipBlanks();
      if (at < text.length() && (text.charAt(at) == '"' || text.charAt(at) == '\'')) {
        char quote = text.charAt(at++);
        DecodedText part = new DecodedText();
        readString(part, String.valueOf(quote), quote == '"');
        parts.add(part.toString());
      } else {
        int from = at;
        while (at < text.length() && isBareKeyChar(text.charAt(at))) {
          at++;
        }
        if (from == at) {
          throw new IllegalArgumentException("a key was expected at " + at);
        }
        parts.add(text.substring(from, at));
      }
      int end = at;
      skipBlanks();
      if (at < text.length() && text.charAt(at) == '.') {
        at++;
        continue;
      }
      return new Key(String.join(".", parts), start, end);
    }
  }

  private void value(String name, Key key) {
    if (text.startsWith("\"\"\"", at) || text.startsWith("'''", at)) {
      String quote = text.substring(at, at + 3);
      at += 3;
      if (at < text.length() && text.charAt(at) == '\n') {
        at++;
      } else if (text.startsWith("\r\n", at)) {
        at += 2;
      }
      DecodedText value = new DecodedText();
      readString(value, quote, quote.charAt(0) == '"');
      sink.add(name, EntryKind.PROPERTY, key.start(), key.end(), value);
    } else if (at < text.length() && (text.charAt(at) == '"' || text.charAt(at) == '\'')) {
      char quote = text.charAt(at++);
      DecodedText value = new DecodedText();
      readString(value, String.valueOf(quote), quote == '"');
      sink.add(name, EntryKind.PROPERTY, key.start(), key.end(), value);
    } else if (at < text.length() && text.charAt(at) == '[') {
      at++;
      while (true) {
        skipSpaceAndComments(true);
        if (at < text.length() && text.charAt(at) == ']') {
          at++;
          return;
        }
        value(name, key);
        skipSpaceAndComments(true);
        if (at < text.length() && text.charAt(at) == ',') {
          at++;
        }
      }
    } else if (at < text.length() && text.charAt(at) == '{') {
      at++;
      while (true) {
        skipBlanks();
        if (at < text.length() && text.charAt(at) == '}') {
          at++;
          return;
        }
        Key inner = keyPath();
        skipBlanks();
        expect('=');
        skipBlanks();
        value(join(name, inner.name()), inner);
        skipBlanks();
        if (at < text.length() && text.charAt(at) == ',') {
          at++;
        }
      }
    } else {
      int from = at;
      while (at < text.length() && ",]}#\r\n".indexOf(text.charAt(at)) < 0) {
        at++;
      }
      if (from == at) {
        throw new IllegalArgumentException("a value was expected at " + at);
      }
    }
  }

  private void readString(DecodedText value, String quote, boolean escapes) {
    while (at < text.length()) {
      if (text.startsWith(quote, at)) {
        at += quote.length();
        while (quote.length() == 3 && at < text.length() && text.charAt(at) == quote.charAt(0)) {
          value.append(quote.charAt(0), at - 3, at - 2);
          at++;
        }
        return;
      }
      char c = text.charAt(at);
      if (quote.length() == 1 && (c == '\n' || c == '\r')) {
        throw new IllegalArgumentException("unterminated string at " + at);
      }
      if (escapes && c == '\\' && at + 1 < text.length()) {
        escape(value, quote.length() == 3);
      } else {
        value.append(c, at, at + 1);
        at++;
      }
    }
    throw new IllegalArgumentException("unterminated string");
  }

  private void escape(DecodedText value, boolean multiLine) {
    int start = at;
    char next = text.charAt(at + 1);
    if (multiLine && (next == ' ' || next == '\t' || next == '\r' || next == '\n')) {
      // A line-ending backslash trims the whitespace and newlines that follow.
      int k = at + 1;
      while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
        k++;
      }
      if (k < text.length() && (text.charAt(k) == '\n' || text.charAt(k) == '\r')) {
        at = k;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
          at++;
        }
        return;
      }
    }
    at += 2;
    switch (next) {
      case 'b' -> value.append('\b', start, at);
      case 't' -> value.append('\t', start, at);
      case 'n' -> value.append('\n', start, at);
      case 'f' -> value.append('\f', start, at);
      case 'r' -> value.append('\r', start, at);
      case 'e' -> value.append('\u001b', start, at);
      case 'u', 'U' -> {
        int digits = next == 'u' ? 4 : 8;
        if (at + digits > text.length()) {
          throw new IllegalArgumentException("bad unicode escape");
        }
        int code = Integer.parseInt(text.substring(at, at + digits), 16);
        at += digits;
        for (char c : Character.toChars(code)) {
          value.append(c, start, at);
        }
      }
      default -> value.append(next, start, at);
    }
  }

  private void expect(char c) {
    skipBlanks();
    if (at >= text.length() || text.charAt(at) != c) {
      throw new IllegalArgumentException("'" + c + "' expected at " + at);
    }
    at++;
  }

  private void skipBlanks() {
    while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
      at++;
    }
  }

  private void skipSpaceAndComments(boolean newlines) {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '#') {
        while (at < text.length() && text.charAt(at) != '\n') {
          at++;
        }
      } else if (c == ' ' || c == '\t' || newlines && (c == '\n' || c == '\r')) {
        at++;
      } else {
        return;
      }
    }
  }

  private static boolean isBareKeyChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-';
  }

  private static String join(String prefix, String name) {
    return prefix.isEmpty() ? name : prefix + "." + name;
  }
}
