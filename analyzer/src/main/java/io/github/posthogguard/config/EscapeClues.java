package io.github.posthogguard.config;

/**
 * A file's text with every escape of the formats read here decoded at once, for the prefilter only:
 * {@code \}{@code uXXXX}, {@code \xHH}, {@code \NNN}, {@code &#NN;}, {@code &#xHH;}, a backslash
 * before any other char, and a backslash at a line's end joining the next line without its
 * indentation. What no format decodes is left as it is.
 */
final class EscapeClues {
  private EscapeClues() {}

  static String decoded(String text) {
    if (text.indexOf('\\') < 0 && text.indexOf("&#") < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '&' && i + 2 < text.length() && text.charAt(i + 1) == '#') {
        int semicolon = text.indexOf(';', i);
        if (semicolon > 0 && semicolon - i <= 10) {
          boolean hex = text.charAt(i + 2) == 'x' || text.charAt(i + 2) == 'X';
          Integer code = number(text, i + (hex ? 3 : 2), semicolon, hex ? 16 : 10);
          if (code != null && code < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            out.append((char) code.intValue());
            i = semicolon + 1;
            continue;
          }
        }
      }
      if (c != '\\' || i + 1 >= text.length()) {
        out.append(c);
        i++;
        continue;
      }
      char next = text.charAt(i + 1);
      if (next == '\n' || next == '\r') {
        i += 2;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        continue;
      }
      int digits = next == 'u' ? 4 : next == 'x' ? 2 : next == 'U' ? 8 : 0;
      if (digits > 0) {
        int from = i + 2;
        while (next == 'u' && from < text.length() && text.charAt(from) == 'u') {
          from++;
        }
        Integer code =
            from + digits <= text.length() ? number(text, from, from + digits, 16) : null;
        if (code != null && code < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
          out.append((char) code.intValue());
          i = from + digits;
          continue;
        }
      }
      if (next >= '0' && next <= '7') {
        int end = i + 1;
        while (end < text.length()
            && end < i + 4
            && text.charAt(end) >= '0'
            && text.charAt(end) <= '7') {
          end++;
        }
        out.append((char) Integer.parseInt(text.substring(i + 1, end), 8));
        i = end;
        continue;
      }
      out.append(next);
      i += 2;
    }
    return out.toString();
  }

  private static Integer number(String text, int from, int to, int radix) {
    if (from >= to) {
      return null;
    }
    int value = 0;
    for (int k = from; k < to; k++) {
      int digit = Character.digit(text.charAt(k), radix);
      if (digit < 0 || value > 0x10FFFF) {
        return null;
      }
      value = value * radix + digit;
    }
    return value;
  }
}
