package io.github.posthogguard.config;

/**
 * The value aapt makes of a string resource's text: surrounding double quotes dropped, backslash
 * escapes ({@code \'}, {@code \"}, {@code \n}, {@code \t}, {@code \@}, {@code \?}, {@code \}{@code
 * uXXXX}) decoded, runs of whitespace outside quotes collapsed.
 */
final class AndroidStrings {
  private AndroidStrings() {}

  static String unescape(String raw) {
    String text = raw.strip();
    StringBuilder out = new StringBuilder(text.length());
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
        continue;
      }
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        switch (next) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'u' -> {
            if (isHex(text, i + 1, i + 5)) {
              out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
              i += 4;
            } else {
              out.append('u');
            }
          }
          default -> out.append(next);
        }
        continue;
      }
      if (!quoted && Character.isWhitespace(c)) {
        if (out.length() == 0 || out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }

  private static boolean isHex(String text, int from, int to) {
    if (to > text.length()) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (Character.digit(text.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
