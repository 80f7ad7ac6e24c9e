package io.javalin;

import io.javalin.http.ExceptionHandler;
import io.javalin.http.Handler;

/** Javalin's application, as far as the case needs it. */
public class Javalin {
  public Javalin get(String path, Handler handler) {
    return this;
  }

  public Javalin before(Handler handler) {
    return this;
  }

  public <T extends Exception> Javalin exception(Class<T> type, ExceptionHandler<? super T> handler) {
    return this;
  }
}
