package io.github.posthogguard.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits identifiers and property names into lower-case words: camelCase, snake, kebab, dots. */
public final class Words {
  private Words() {}

  /** Words that name a development environment: a profile, a branch's condition, a file's. */
  public static final Set<String> DEVELOPMENT =
      Set.of("dev", "development", "local", "localhost", "test", "testing");

  public static List<String> of(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(word, words);
        continue;
      }
      boolean startsWord =
          word.length() > 0
              && Character.isUpperCase(c)
              && (Character.isLowerCase(name.charAt(i - 1))
                  || (i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))));
      if (startsWord) {
        flush(word, words);
      }
      word.append(c);
    }
    flush(word, words);
    return words;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString().toLowerCase(Locale.ROOT));
      word.setLength(0);
    }
  }
}
