package org.eclipse.core.runtime;

public final class Platform {
  private Platform() {}

  public static ILog getLog(Class<?> clazz) {
    return null;
  }
}
