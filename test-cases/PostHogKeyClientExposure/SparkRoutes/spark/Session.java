package spark;

/** A session, as far as the case needs it. */
public class Session {
  public String id() {
    return "";
  }
}
