package akka.http.javadsl.model;

/** HTTP statuses. */
public final class StatusCodes {
  public static final StatusCode FOUND = null;
  public static final StatusCode BAD_GATEWAY = null;
}
