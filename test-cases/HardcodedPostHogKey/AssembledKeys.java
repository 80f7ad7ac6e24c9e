/** Keys a text scanner cannot see: assembled from pieces that are harmless alone. */
public class AssembledKeys {
  private static final String PREFIX = "phx_";
  private static final String BODY = "aWFeOgd23eOp1ARVjVEeNJPXGyijpXUwIL8tuPmXyNc";
  private static final String HALF = "bhtuxQxjf3EUsKwg4rdRfRjH";

  static final String JOINED = PREFIX + BODY; // Noncompliant [[secondary=-3]]
  static final String CONCAT = PREFIX.concat(BODY); // Noncompliant [[secondary=-4]]
  static final String STRING_JOIN = String.join("", PREFIX, BODY); // Noncompliant [[secondary=-5]]
  static final String PIECES = "phx_" + HALF + "1UFLFT1DYYQFqqPabc2OaXa"; // Noncompliant [[secondary=]]
  static final String PARENTHESIZED = ("phs_" + "3CDKubUGSYz9IBwekC1nPot4nMoTz1WvwjE0Qs88YuggXWZ"); // Noncompliant

  interface Keys {
    String SECRET_PREFIX = "phs_"; // interface fields are constants
    String SECRET_BODY = "cSpteMTKnj3Z4DH9XwWNfKbDgFZXiH5dP2KQcMLBCAFnBqGy";
  }

  static final String FROM_INTERFACE = Keys.SECRET_PREFIX + Keys.SECRET_BODY; // Noncompliant [[secondary=-3]]

  String multiLine() {
    return "phx_9ktyHT8ksYscZ4" // Noncompliant
        + "m4pIaoPnxIc9G3512x"
        + "MNpK63ZVIGnsASt";
  }

  String finalLocal() {
    final String prefix = "pha_";
    final String token = prefix + "VXJaLWcbK2EasQTgmD7KjAh6ZLZrVqcwUGz6n7AeWDXq"; // Noncompliant
    return token;
  }

  String withCharacter() {
    return 'p' + "hr_MgRz4wAyMCiMAyrPWuUN4RJyxwYHEkiGZE6zv0u6Ta1"; // Noncompliant
  }

  String builtByAStringBuilder() {
    return new StringBuilder(PREFIX).append(BODY).toString(); // Noncompliant [[secondary=-33]]
  }

  String builtWithACapacity() {
    return new StringBuilder(64).append(Keys.SECRET_PREFIX).append(Keys.SECRET_BODY).toString(); // Noncompliant [[secondary=-26]]
  }

  String builtOnAnUnknownText(String start) {
    return new StringBuilder(start).append(PREFIX).toString();
  }

  String builtToAPlaceholder() {
    return new StringBuffer().append(PREFIX).append("xxxxxxxx").toString();
  }
}
