package io.jooby;

/** Jooby's router, as far as the case needs it. */
public interface Router {
  /** A route's handler: what it returns is the response. */
  interface Handler {
    Object apply(Context ctx) throws Exception;
  }

  /** An error handler: the context, the exception, its status. */
  interface ErrorHandler {
    void apply(Context ctx, Throwable cause, StatusCode code);
  }

  default Router error(Class<? extends Throwable> type, ErrorHandler handler) {
    return this;
  }

  default Router error(ErrorHandler handler) {
    return this;
  }

  default Router get(String pattern, Handler handler) {
    return this;
  }

  default Router post(String pattern, Handler handler) {
    return this;
  }
}
