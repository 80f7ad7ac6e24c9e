package akka.http.javadsl.model;

/** A URI. */
public abstract class Uri {
  public static Uri create(String uri) {
    return null;
  }
}
