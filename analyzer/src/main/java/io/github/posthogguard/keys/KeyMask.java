package io.github.posthogguard.keys;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks keys the way PostHog shows them: the first 4 characters, "...", the last 4; eight asterisks
 * for a value under 16 characters. Every message that mentions a key goes through here.
 */
public final class KeyMask {
  private static final int SHOWN = 4;
  private static final int SHORTEST_PARTLY_SHOWN = 16;

  /**
   * A key's prefix and body inside any run, whatever stands either side: an identifier ({@code
   * password_phs_…}) or a longer run can hold a key that {@code PostHogKeys.KEY_SHAPE}, which asks
   * for the boundaries of a value, would not see.
   */
  private static final Pattern KEY_INSIDE_ANY_RUN = Pattern.compile("ph[xsarc]_[A-Za-z0-9]{30,}");

  private KeyMask() {}

  public static String mask(String key) {
    if (key.length() < SHORTEST_PARTLY_SHOWN) {
      return "********";
    }
    return key.substring(0, SHOWN) + "..." + key.substring(key.length() - SHOWN);
  }

  /**
   * Masks every key-shaped run in free text (a parser's error message, an exception, a name taken
   * from the code), plausible or not, public or not, even inside a longer identifier: such text is
   * shown to people and must never carry a key.
   */
  public static String redact(String text) {
    if (text == null || text.indexOf('_') < 0) {
      return text;
    }
    Matcher m = KEY_INSIDE_ANY_RUN.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(mask(m.group())));
    }
    return m.appendTail(out).toString();
  }
}
