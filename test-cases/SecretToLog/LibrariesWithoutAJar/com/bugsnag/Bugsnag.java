package com.bugsnag;

/** A stub of Bugsnag's notifier. */
public class Bugsnag {
  public boolean notify(Throwable throwable) {
    return true;
  }

  public void addThreadMetaData(String tab, String key, Object value) {}
}
