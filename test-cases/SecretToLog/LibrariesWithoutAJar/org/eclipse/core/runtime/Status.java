package org.eclipse.core.runtime;

public class Status implements IStatus {
  private final String message;

  public Status(int severity, String pluginId, String message) {
    this.message = message;
  }

  public Status(int severity, String pluginId, String message, Throwable exception) {
    this.message = message;
  }

  public static IStatus error(String message) {
    return new Status(ERROR, null, message);
  }

  public static IStatus warning(String message) {
    return new Status(WARNING, null, message);
  }

  public static IStatus info(String message) {
    return new Status(INFO, null, message);
  }

  @Override
  public String getMessage() {
    return message;
  }
}
