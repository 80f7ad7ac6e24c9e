package com.badlogic.gdx;

/** libGDX's application, as far as the case needs it (libGDX is not on the test classpath). */
public interface Application {
  void log(String tag, String message);

  void log(String tag, String message, Throwable exception);

  void error(String tag, String message);

  void error(String tag, String message, Throwable exception);

  void debug(String tag, String message);
}
