package io.jooby;

/** A Jooby application, as far as the case needs it. */
public class Jooby implements Router {
  public Jooby mvc(Object controller) {
    return this;
  }
}
