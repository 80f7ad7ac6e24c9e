package io.github.posthogguard.eval;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spring's profile expressions ({@code @Profile("!staging & !dev")}), judged with one profile
 * active, and the profile a configuration file belongs to by its name ({@code
 * application-staging.yml}).
 */
final class ProfileExpressions {
  private ProfileExpressions() {}

  private static final Pattern PROFILE_FILE =
      Pattern.compile("(?:application|bootstrap)-([^/\\\\.]+)\\.(?:ya?ml|properties)");

  /** The profile a configuration file at {@code path} holds settings of, if it is one's. */
  static Optional<String> profileOfFile(String path) {
    String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    Matcher matcher = PROFILE_FILE.matcher(name.toLowerCase(Locale.ROOT));
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /**
   * Whether {@code expression} holds with {@code active} the only active profile; true where the
   * expression cannot be read.
   */
  static boolean holds(String expression, String active) {
    Parser parser = new Parser(expression.replace(" ", ""), active.toLowerCase(Locale.ROOT));
    try {
      boolean value = parser.or();
      return parser.position != parser.text.length() || value;
    } catch (IllegalStateException unreadable) {
      return true;
    }
  }

  private static final class Parser {
    private final String text;
    private final String active;
    private int position;

    Parser(String text, String active) {
      this.text = text;
      this.active = active;
    }

    boolean or() {
      boolean value = and();
      while (accept('|')) {
        value |= and();
      }
      return value;
    }

    private boolean and() {
      boolean value = not();
      while (accept('&')) {
        value &= not();
      }
      return value;
    }

    private boolean not() {
      if (accept('!')) {
        return !not();
      }
      if (accept('(')) {
        boolean value = or();
        if (!accept(')')) {
          throw new IllegalStateException("unbalanced");
        }
        return value;
      }
      int start = position;
      while (position < text.length() && "!&|()".indexOf(text.charAt(position)) < 0) {
        position++;
      }
      if (start == position) {
        throw new IllegalStateException("no profile name");
      }
      return text.substring(start, position).toLowerCase(Locale.ROOT).equals(active);
    }

    private boolean accept(char c) {
      if (position < text.length() && text.charAt(position) == c) {
        position++;
        return true;
      }
      return false;
    }
  }
}
