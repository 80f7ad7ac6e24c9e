package org.apache.maven.plugin.logging;

/** A stub of maven-plugin-api's build log. */
public interface Log {
  void debug(CharSequence content);

  void info(CharSequence content);

  void warn(CharSequence content);

  void error(CharSequence content);

  void error(CharSequence content, Throwable error);
}
