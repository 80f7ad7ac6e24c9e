package app;

/**
 * Keys assembled here from another file's constants or methods: reported here, where the key is
 * joined, with the body's literal in KeyParts.java as the secondary location.
 */
public class FlagsClient {
  static final String PERSONAL_KEY = KeyParts.PREFIX + KeyParts.BODY; // Noncompliant

  static final String SECURE_KEY = "phs_" + KeyParts.secureBody(); // Noncompliant
  static final String PROJECT_KEY = "phc_" + KeyParts.projectBody();
  static final String PUBLIC_KEY = KeyParts.PROJECT_PREFIX + KeyParts.PROJECT_KEY_BODY;
  static final String LOCAL_KEY = "phx_" + localBody(); // Noncompliant

  private static String localBody() {
    return "Tz8LmQ3vK9cXbN2rWd5HsJ7pYa4FgE6uAo1RiC0tMnB";
  }

  String bearer() {
    return KeyParts.bearer() + " " + localBearer();
  }

  private static String localBearer() {
    return "Bearer " + LOCAL_KEY;
  }

  String key() {
    return PERSONAL_KEY;
  }
}
