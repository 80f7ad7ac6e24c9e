package com.google.firebase.crashlytics;

/** A stub of Firebase Crashlytics: logs, custom keys and exceptions go into crash reports. */
public class FirebaseCrashlytics {
  public static FirebaseCrashlytics getInstance() {
    return new FirebaseCrashlytics();
  }

  public void log(String message) {}

  public void setCustomKey(String key, String value) {}

  public void setCustomKey(String key, boolean value) {}

  public void recordException(Throwable throwable) {}
}
