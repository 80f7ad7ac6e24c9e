package hudson.util;

/** A stand-in for Jenkins core's Secret: its toString() is the plain text, as Jenkins's is. */
public final class Secret {
  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  public static Secret fromString(String data) {
    return new Secret(data);
  }

  public static String toString(Secret secret) {
    return secret == null ? "" : secret.value;
  }

  public String getPlainText() {
    return value;
  }

  public String getEncryptedValue() {
    return "{" + Integer.toHexString(value.hashCode()) + "}";
  }

  @Override
  public String toString() {
    return value;
  }
}
