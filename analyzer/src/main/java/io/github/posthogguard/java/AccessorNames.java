package io.github.posthogguard.java;

import java.util.List;

/**
 * The property a getter reads or a setter writes, by the JavaBeans convention: {@code getApiKey()}
 * reads {@code apiKey}.
 */
public final class AccessorNames {
  private AccessorNames() {}

  /**
   * The property {@code method} reads: its name without {@code get}, decapitalized; else the name.
   */
  public static String property(String method) {
    return accessed(method, "get");
  }

  /**
   * The property a boolean getter reads: {@code isDebug} and {@code getDebug} read {@code debug}; a
   * record's or a fluent accessor's name is the property.
   */
  public static String booleanProperty(String method) {
    String property = accessed(method, "is");
    return property.equals(method) ? property(method) : property;
  }

  /** Whether {@code method} is named as a JavaBeans getter ({@code getX}). */
  public static boolean isGetter(String method) {
    return !property(method).equals(method);
  }

  /** Whether {@code method} is named as a JavaBeans setter ({@code setX}). */
  public static boolean isSetter(String method) {
    return !accessed(method, "set").equals(method);
  }

  /** The property a setter writes ({@code setApiKey} writes {@code apiKey}); else the name. */
  public static String setProperty(String method) {
    return accessed(method, "set");
  }

  /**
   * The names a property's getter may have, most usual first: {@code getApiKey}, {@code isApiKey},
   * and a record's or a fluent accessor's {@code apiKey}.
   */
  public static List<String> gettersOf(String property) {
    String capitalized =
        property.isEmpty()
            ? property
            : Character.toUpperCase(property.charAt(0)) + property.substring(1);
    return List.of("get" + capitalized, "is" + capitalized, property);
  }

  private static String accessed(String method, String prefix) {
    int at = prefix.length();
    if (method.length() > at
        && method.startsWith(prefix)
        && Character.isUpperCase(method.charAt(at))) {
      return Character.toLowerCase(method.charAt(at)) + method.substring(at + 1);
    }
    return method;
  }
}
