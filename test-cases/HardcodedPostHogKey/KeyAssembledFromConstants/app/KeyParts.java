package app;

/**
 * Parts of a key in constants: a key is reported where it is joined, in this file or another,
 * with its body's literal as the secondary location.
 */
public final class KeyParts {
  public static final String PREFIX = "phx_";
  public static final String BODY = "pKU4vR8wCc2LNemq1ZTiRgJtC2rAhWx7YdQiVnK3bU9sFo";

  /** The project key's parts: the key they make is public, its body no secret. */
  public static final String PROJECT_PREFIX = "phc_";

  public static final String PROJECT_KEY_BODY = "Zr4kQ8vNc2LmXb7TwY5pHa3JdGs6UeFo9Ki1BtRqMnV";

  static final String SECURE_BODY = "Wq7nLc2XbR9tVk4MzA1sHd8JfPy3GuE6oTi0NmKrBsQ";

  private KeyParts() {}

  /** The secure key's body, handed out by a method. */
  public static String secureBody() {
    return SECURE_BODY;
  }

  /** A header made of a key assembled here: reported here, not where it is called. */
  public static String bearer() {
    return "Bearer " + "phs_" + SECURE_BODY; // Noncompliant [[secondary=-11]]
  }

  /** A project key's body: the key it makes is public. */
  public static String projectBody() {
    return "Hm3kR8vQz2LcTn5WbX7pJa4YdFs9GuE1oKi6NtBrMqA";
  }
}
