package io.github.posthogguard.java;

/**
 * The property a getter reads, by the JavaBeans convention: {@code getApiKey()} reads {@code
 * apiKey}.
 */
public final class AccessorNames {
  private AccessorNames() {}

  /**
   * The property {@code method} reads: its name without {@code get}, decapitalized; else the name.
   */
  public static String property(String method) {
    if (method.length() > 3
        && method.startsWith("get")
        && Character.isUpperCase(method.charAt(3))) {
      return Character.toLowerCase(method.charAt(3)) + method.substring(4);
    }
    return method;
  }

  /** Whether {@code method} is named as a JavaBeans getter ({@code getX}). */
  public static boolean isGetter(String method) {
    return !property(method).equals(method);
  }
}
