package spark;

/** A response, as far as the case needs it. */
public class Response {
  public void body(String body) {}

  public void header(String name, String value) {}

  public void cookie(String name, String value) {}

  public void type(String contentType) {}
}
