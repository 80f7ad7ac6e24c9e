package hudson.util;

/** A stand-in for Jenkins core's FormValidation: a message the configuration page shows. */
public abstract class FormValidation {
  public static native FormValidation ok(String message);

  public static native FormValidation okWithMarkup(String html);

  public static native FormValidation error(String message);
}
