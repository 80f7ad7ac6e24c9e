package io.github.posthogguard.config;

import java.util.Locale;

/**
 * Reads variable assignments: {@code .env} files ({@code NAME=value}, {@code export}, single and
 * double quotes, values over several lines, {@code #} comments), shell scripts ({@code NAME=value}
 * words made of quoted and unquoted parts, {@code $'…'} escapes, {@code export}/{@code declare}),
 * and Dockerfiles ({@code ENV}, {@code ARG}). Other lines are left to the text scan.
 */
final class EnvironmentReader {
  private final String text;
  private final ConfigFormat format;
  private int at;

  private EnvironmentReader(String text, ConfigFormat format) {
    this.text = text;
    this.format = format;
  }

  static void read(EntrySink sink, ConfigFormat format) {
    new EnvironmentReader(sink.text(), format).readAll(sink);
  }

  private void readAll(EntrySink sink) {
    while (at < text.length()) {
      skipBlanks();
      if (at >= text.length()) {
        return;
      }
      char c = text.charAt(at);
      if (c == '\n' || c == '\r') {
        at++;
        continue;
      }
      if (c == '#' || !skipLeadingWord()) {
        skipToLineEnd();
        continue;
      }
      readAssignments(sink);
      skipToLineEnd();
    }
  }

  /** Skips what may stand before the assignments of a line; false when the line has none. */
  private boolean skipLeadingWord() {
    if (format == ConfigFormat.DOCKERFILE) {
      String word = wordAt().toUpperCase(Locale.ROOT);
      if (!word.equals("ENV") && !word.equals("ARG")) {
        return false;
      }
      at += word.length();
      skipBlanks();
      return true;
    }
    while (true) {
      String word = wordAt();
      boolean prefix =
          switch (word) {
            case "export", "local", "readonly", "declare", "typeset" -> true;
            default -> false;
          };
      if (!prefix || format == ConfigFormat.DOTENV && !word.equals("export")) {
        return true;
      }
      at += word.length();
      skipBlanks();
      while (at < text.length() && text.charAt(at) == '-') {
        while (at < text.length() && !isBlank(text.charAt(at)) && !isLineEnd(text.charAt(at))) {
          at++;
        }
        skipBlanks();
      }
    }
  }

  private String wordAt() {
    int end = at;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return end < text.length() && isBlank(text.charAt(end)) ? text.substring(at, end) : "";
  }

  private void readAssignments(EntrySink sink) {
    while (at < text.length() && !isLineEnd(text.charAt(at))) {
      int nameStart = at;
      while (at < text.length() && isNameChar(text.charAt(at), at == nameStart)) {
        at++;
      }
      int nameEnd = at;
      if (nameEnd == nameStart) {
        return;
      }
      if (format == ConfigFormat.DOTENV) {
        skipBlanks();
      }
      boolean legacyEnv = false;
      if (at >= text.length() || text.charAt(at) != '=') {
        // Dockerfile's old form: ENV NAME the rest of the line.
        if (format != ConfigFormat.DOCKERFILE || at >= text.length() || !isBlank(text.charAt(at))) {
          return;
        }
        legacyEnv = true;
      }
      at++;
      if (format == ConfigFormat.DOTENV) {
        skipBlanks();
      }
      String name = text.substring(nameStart, nameEnd);
      DecodedText value =
          legacyEnv ? restOfLine() : format == ConfigFormat.DOTENV ? dotenvValue() : shellWord();
      sink.add(name, EntryKind.ENVIRONMENT_VARIABLE, nameStart, nameEnd, value);
      if (format == ConfigFormat.DOTENV || legacyEnv) {
        return;
      }
      skipBlanks();
    }
  }

  private DecodedText restOfLine() {
    skipBlanks();
    DecodedText value = new DecodedText();
    while (at < text.length() && !isLineEnd(text.charAt(at))) {
      value.append(text.charAt(at), at, at + 1);
      at++;
    }
    return value.stripped();
  }

  /** A .env value: quoted (to the closing quote, over lines), or the rest of the line. */
  private DecodedText dotenvValue() {
    DecodedText value = new DecodedText();
    if (at < text.length() && (text.charAt(at) == '"' || text.charAt(at) == '\'')) {
      char quote = text.charAt(at);
      if (text.indexOf(quote, at + 1) >= 0) {
        at++;
        readQuoted(value, quote, quote == '"');
        return value;
      }
    }
    while (at < text.length() && !isLineEnd(text.charAt(at))) {
      char c = text.charAt(at);
      if (c == '#' && at > 0 && isBlank(text.charAt(at - 1))) {
        break;
      }
      value.append(c, at, at + 1);
      at++;
    }
    return value.stripped();
  }

  /** A shell word: unquoted, '…', "…" and $'…' parts, up to an unquoted blank. */
  private DecodedText shellWord() {
    DecodedText value = new DecodedText();
    while (at < text.length()) {
      char c = text.charAt(at);
      if (isBlank(c) || isLineEnd(c) || c == ';' || c == '&' || c == '|') {
        break;
      }
      if (c == '\'' || c == '"') {
        at++;
        readQuoted(value, c, c == '"');
      } else if (c == '$' && at + 1 < text.length() && text.charAt(at + 1) == '\'') {
        at += 2;
        readAnsiC(value);
      } else if (c == '\\' && at + 1 < text.length()) {
        if (isLineEnd(text.charAt(at + 1))) {
          at = lineEndAfter(at + 1);
        } else {
          value.append(text.charAt(at + 1), at, at + 2);
          at += 2;
        }
      } else {
        value.append(c, at, at + 1);
        at++;
      }
    }
    return value;
  }

  private void readQuoted(DecodedText value, char quote, boolean escapes) {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == quote) {
        at++;
        return;
      }
      if (escapes && c == '\\' && at + 1 < text.length()) {
        char next = text.charAt(at + 1);
        if (isLineEnd(next)) {
          at = lineEndAfter(at + 1);
          continue;
        }
        char decoded =
            switch (next) {
              case 'n' -> format == ConfigFormat.DOTENV ? '\n' : 0;
              case 'r' -> format == ConfigFormat.DOTENV ? '\r' : 0;
              case 't' -> format == ConfigFormat.DOTENV ? '\t' : 0;
              case '"', '\\', '$', '`', '\'' -> next;
              default -> 0;
            };
        if (decoded != 0) {
          value.append(decoded, at, at + 2);
          at += 2;
          continue;
        }
      }
      value.append(c, at, at + 1);
      at++;
    }
  }

  /** Bash's $'…': C escapes, hexadecimal, unicode and octal. */
  private void readAnsiC(DecodedText value) {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '\'') {
        at++;
        return;
      }
      if (c != '\\' || at + 1 >= text.length()) {
        value.append(c, at, at + 1);
        at++;
        continue;
      }
      int start = at;
      char next = text.charAt(at + 1);
      at += 2;
      switch (next) {
        case 'n' -> value.append('\n', start, at);
        case 't' -> value.append('\t', start, at);
        case 'r' -> value.append('\r', start, at);
        case 'x' -> value.append((char) hex(2), start, at);
        case 'u' -> value.append((char) hex(4), start, at);
        default -> {
          if (next >= '0' && next <= '7') {
            int code = next - '0';
            for (int i = 0; i < 2 && at < text.length() && isOctal(text.charAt(at)); i++) {
              code = code * 8 + text.charAt(at++) - '0';
            }
            value.append((char) code, start, at);
          } else {
            value.append(next, start, at);
          }
        }
      }
    }
  }

  private int hex(int maxDigits) {
    int code = 0;
    int digits = 0;
    while (digits < maxDigits && at < text.length() && Character.digit(text.charAt(at), 16) >= 0) {
      code = code * 16 + Character.digit(text.charAt(at), 16);
      at++;
      digits++;
    }
    return code;
  }

  private int lineEndAfter(int lineEnd) {
    if (text.charAt(lineEnd) == '\r'
        && lineEnd + 1 < text.length()
        && text.charAt(lineEnd + 1) == '\n') {
      return lineEnd + 2;
    }
    return lineEnd + 1;
  }

  private static boolean isOctal(char c) {
    return c >= '0' && c <= '7';
  }

  private static boolean isNameChar(char c, boolean first) {
    return c == '_'
        || c >= 'A' && c <= 'Z'
        || c >= 'a' && c <= 'z'
        || !first && (c >= '0' && c <= '9' || c == '.' || c == '-');
  }

  private void skipBlanks() {
    while (at < text.length() && isBlank(text.charAt(at))) {
      at++;
    }
  }

  private void skipToLineEnd() {
    while (at < text.length() && !isLineEnd(text.charAt(at))) {
      at++;
    }
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean isLineEnd(char c) {
    return c == '\n' || c == '\r';
  }
}
