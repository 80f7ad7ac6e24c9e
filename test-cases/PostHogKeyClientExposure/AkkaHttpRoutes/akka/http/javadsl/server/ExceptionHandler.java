package akka.http.javadsl.server;

/** Akka HTTP's exception handler, as far as the case needs it. */
public final class ExceptionHandler {
  public static ExceptionHandlerBuilder newBuilder() {
    return new ExceptionHandlerBuilder();
  }
}
