package feign;

/** Feign's response, as far as the case needs it. */
public final class Response {
  public native int status();

  public native Request request();
}
