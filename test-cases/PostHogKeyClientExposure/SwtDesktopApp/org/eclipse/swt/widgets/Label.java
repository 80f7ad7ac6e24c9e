package org.eclipse.swt.widgets;

public class Label {
  public Label(Object parent, int style) {}

  public void setText(String text) {}
}
