package org.zkoss.zk.ui.util;

public class Clients {
  public static void evalJavaScript(String javaScript) {}

  public static void showNotification(String message) {}
}
