package app;

/** The key is assembled here from another file's constants. */
public class FlagsClient {
  static final String PERSONAL_KEY = KeyParts.PREFIX + KeyParts.BODY; // Noncompliant

  String key() {
    return PERSONAL_KEY;
  }
}
