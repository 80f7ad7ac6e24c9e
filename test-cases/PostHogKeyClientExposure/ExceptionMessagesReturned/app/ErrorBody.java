package app;

/** The body of an error response, built by a factory the handlers of another file call. */
public record ErrorBody(String code, String message) {
  public static ErrorBody of(String code, String message) {
    return new ErrorBody(code, message);
  }
}
