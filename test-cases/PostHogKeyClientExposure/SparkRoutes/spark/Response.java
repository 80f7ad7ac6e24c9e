package spark;

/** A response, as far as the case needs it. */
public class Response {
  public void body(String body) {}

  public void header(String name, String value) {}

  public void cookie(String name, String value) {}

  public void cookie(String name, String value, int maxAge, boolean secured, boolean httpOnly) {}

  public void cookie(String path, String name, String value, int maxAge, boolean secured) {}

  public void cookie(String path, String name, String value, int maxAge, boolean secured, boolean httpOnly) {}

  public void cookie(
      String domain, String path, String name, String value, int maxAge, boolean secured, boolean httpOnly) {}

  public void type(String contentType) {}
}
