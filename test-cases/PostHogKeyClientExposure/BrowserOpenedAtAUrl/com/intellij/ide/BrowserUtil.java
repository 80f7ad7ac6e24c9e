package com.intellij.ide;

/** A stub of the IntelliJ Platform's browser launcher. */
public final class BrowserUtil {
  private BrowserUtil() {}

  public static void browse(String url) {}
}
