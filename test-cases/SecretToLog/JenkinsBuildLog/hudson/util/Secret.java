package hudson.util;

/** A stand-in for Jenkins core's Secret: its toString() is the plain text, as Jenkins's is. */
public final class Secret {
  public native String getPlainText();
}
