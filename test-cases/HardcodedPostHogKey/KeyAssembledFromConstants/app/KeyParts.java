package app;

/**
 * Parts of a key in constants: a body that this file appends to a prefix is reported on its
 * literal, with this file's joins as its secondary locations; one that another file appends is
 * reported there, where the key is joined.
 */
public final class KeyParts {
  public static final String PREFIX = "phx_";
  public static final String BODY = "pKU4vR8wCc2LNemq1ZTiRgJtC2rAhWx7YdQiVnK3bU9sFo";

  /** The project key's parts: the key they make is public, its body no secret. */
  public static final String PROJECT_PREFIX = "phc_";

  public static final String PROJECT_KEY_BODY = "Zr4kQ8vNc2LmXb7TwY5pHa3JdGs6UeFo9Ki1BtRqMnV";

  static final String SECURE_BODY = "Wq7nLc2XbR9tVk4MzA1sHd8JfPy3GuE6oTi0NmKrBsQ"; // Noncompliant [[secondary=+11]]

  private KeyParts() {}

  /** The secure key's body, handed out by a method. */
  public static String secureBody() {
    return SECURE_BODY;
  }

  /** A header made of a key assembled here: reported on the body, not where it is called. */
  public static String bearer() {
    return "Bearer " + "phs_" + SECURE_BODY;
  }

  /** A project key's body: the key it makes is public. */
  public static String projectBody() {
    return "Hm3kR8vQz2LcTn5WbX7pJa4YdFs9GuE1oKi6NtBrMqA";
  }
}
