package org.zkoss.zk.ui;

public class Executions {
  public static void sendRedirect(String uri) {}
}
