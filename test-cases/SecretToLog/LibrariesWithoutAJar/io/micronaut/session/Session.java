package io.micronaut.session;

/** Micronaut's HTTP session, as far as the case needs it. */
public interface Session {
  String getId();

  boolean isNew();
}
