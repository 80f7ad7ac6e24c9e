package org.zkoss.zul;

public class Label {
  public void setValue(String value) {}
}
