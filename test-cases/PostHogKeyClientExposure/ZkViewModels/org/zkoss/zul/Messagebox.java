package org.zkoss.zul;

public class Messagebox {
  public static final String ERROR = "z-messagebox-icon z-messagebox-error";
  public static final int OK = 1;

  public static int show(String message) {
    return OK;
  }

  public static int show(String message, String title, int buttons, String icon) {
    return OK;
  }
}
