package org.eclipse.swt.browser;

/** A stand-in for SWT's embedded browser (SWT has no jar here). */
public class Browser {
  public Browser(Object parent, int style) {}

  public boolean execute(String script) {
    return true;
  }

  public Object evaluate(String script) {
    return null;
  }

  public boolean setText(String html) {
    return true;
  }

  public boolean setUrl(String url) {
    return true;
  }
}
