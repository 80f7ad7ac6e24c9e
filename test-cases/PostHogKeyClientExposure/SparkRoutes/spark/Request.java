package spark;

/** A request, as far as the case needs it. */
public class Request {
  public String headers(String name) {
    return null;
  }

  public String cookie(String name) {
    return null;
  }

  public String queryParams(String name) {
    return null;
  }

  public Session session() {
    return new Session();
  }
}
