package org.apache.tapestry5.services.javascript;

public interface Initialization {
  Initialization invoke(String functionName);

  void with(Object... arguments);
}
