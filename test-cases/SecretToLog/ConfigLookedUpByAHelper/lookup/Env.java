package lookup;

import java.util.Optional;

/** Reads a setting from the environment, else from a system property: by the name it is given. */
public final class Env {
  private Env() {}

  public static String require(String name) {
    String value = System.getenv(name);
    if (value == null) {
      value = System.getProperty(name);
    }
    if (value == null) {
      throw new IllegalStateException("missing setting " + name);
    }
    return value;
  }

  public static Optional<String> optional(String name) {
    return Optional.ofNullable(System.getenv(name));
  }

  public static boolean isSet(String name) {
    return System.getenv(name) != null;
  }
}
