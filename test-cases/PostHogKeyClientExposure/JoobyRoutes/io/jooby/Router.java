package io.jooby;

/** Jooby's router, as far as the case needs it. */
public interface Router {
  /** A route's handler: what it returns is the response. */
  interface Handler {
    Object apply(Context ctx) throws Exception;
  }

  default Router get(String pattern, Handler handler) {
    return this;
  }

  default Router post(String pattern, Handler handler) {
    return this;
  }
}
