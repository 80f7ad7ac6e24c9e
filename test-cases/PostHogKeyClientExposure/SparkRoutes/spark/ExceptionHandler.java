package spark;

/** What answers an exception a route threw. */
public interface ExceptionHandler {
  void handle(Exception exception, Request request, Response response);
}
