package org.eclipse.swt.widgets;

/** A stand-in for SWT's text input (SWT has no jar here). */
public class Text {
  public Text(Object parent, int style) {}

  public String getText() {
    return "";
  }
}
