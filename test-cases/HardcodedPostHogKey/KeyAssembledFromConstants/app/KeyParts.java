package app;

/** Parts of a key in constants: none of them is a key by itself. */
public final class KeyParts {
  public static final String PREFIX = "phx_";
  public static final String BODY = "pKU4vR8wCc2LNemq1ZTiRgJtC2rAhWx7YdQiVnK3bU9sFo";

  private KeyParts() {}
}
