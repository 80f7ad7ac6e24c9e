package io.github.posthogguard.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The methods an AspectJ pointcut picks, as far as its {@code execution(..)} and {@code within(..)}
 * designators name them: a type pattern ({@code com.acme.service..*}) and a method name pattern
 * ({@code find*}). A part of the pointcut that narrows with {@code &&} or {@code !} is left out: it
 * may pick fewer methods than its designators name.
 */
public final class Pointcuts {
  private Pointcuts() {}

  /** The types and method names one designator picks. */
  record Picked(String types, String methods) {}

  private static final Pattern DESIGNATOR = Pattern.compile("(execution|within)\\s*\\(");

  /** What each alternative of {@code expression} (named pointcuts already replaced) picks. */
  static List<Picked> picked(String expression) {
    List<Picked> picked = new ArrayList<>();
    for (String alternative : alternatives(expression)) {
      if (alternative.contains("&&")
          || alternative.contains("!")
          || alternative.contains(" and ")) {
        continue;
      }
      Matcher designator = DESIGNATOR.matcher(alternative);
      while (designator.find()) {
        int open = designator.end();
        int close = closing(alternative, open);
        if (close < 0) {
          return List.of();
        }
        String inside = alternative.substring(open, close).trim();
        Picked one =
            designator.group(1).equals("within") ? new Picked(inside, "*") : execution(inside);
        if (one != null) {
          picked.add(one);
        }
      }
    }
    return picked;
  }

  /**
   * {@code public * com.acme.service..*.find*(..)}: the type and the name before the parameters.
   */
  private static Picked execution(String signature) {
    int parameters = signature.indexOf('(');
    if (parameters < 0) {
      return null;
    }
    String[] words = signature.substring(0, parameters).trim().split("\\s+");
    String qualified = words[words.length - 1];
    int dot = qualified.lastIndexOf('.');
    if (dot <= 0) {
      return null; // a method of any type: no type to look in
    }
    String types = qualified.substring(0, dot);
    // com.acme.service..*(..): the methods of the package's types and its subpackages'
    return new Picked(types.endsWith(".") ? types + ".*" : types, qualified.substring(dot + 1));
  }

  private static List<String> alternatives(String expression) {
    List<String> alternatives = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (depth == 0 && expression.startsWith("||", i)) {
        alternatives.add(strip(expression.substring(start, i)));
        start = i + 2;
        i++;
      }
    }
    alternatives.add(strip(expression.substring(start)));
    return alternatives;
  }

  /** An alternative without the parentheses around it whole. */
  private static String strip(String alternative) {
    String text = alternative.trim();
    while (text.startsWith("(") && closing(text, 1) == text.length() - 1) {
      text = text.substring(1, text.length() - 1).trim();
    }
    if (text.contains("||")) {
      return "&&"; // a nested alternative inside a narrowing: left out
    }
    return text;
  }

  private static int closing(String text, int from) {
    int depth = 1;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether a qualified type name matches an AspectJ type pattern ({@code ..}, {@code *}, {@code
   * +}).
   */
  public static boolean typeMatches(String pattern, String type) {
    return Pattern.matches(
        regex(pattern.endsWith("+") ? pattern.substring(0, pattern.length() - 1) : pattern), type);
  }

  /** Whether a method name matches a name pattern ({@code *}, {@code find*}). */
  public static boolean nameMatches(String pattern, String name) {
    return Pattern.matches(regex(pattern), name);
  }

  private static String regex(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (pattern.startsWith("..", i)) {
        regex.append("\\.(?:[^.]+\\.)*");
        i++;
      } else if (c == '*') {
        regex.append("[^.]*");
      } else if (c == '.') {
        regex.append("\\.");
      } else if (Character.isJavaIdentifierPart(c)) {
        regex.append(c);
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return regex.toString();
  }
}
