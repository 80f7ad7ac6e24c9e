package org.apache.tapestry5.services.javascript;

public interface JavaScriptSupport {
  Initialization require(String moduleName);

  void addScript(String format, Object... arguments);
}
