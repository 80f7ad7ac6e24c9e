package org.apache.wicket;

/** Wicket's session, as far as the case needs it. */
public abstract class Session {
  public final String getId() {
    return null;
  }
}
