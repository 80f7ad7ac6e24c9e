package play.mvc;

/** A stand-in for Play's Results. */
public class Results {
  public static Result ok(Object content) {
    return new Result();
  }

  public static Result status(int status, Object content) {
    return new Result();
  }

  public static Result internalServerError(Object content) {
    return new Result();
  }

  public static Result redirect(String url) {
    return new Result();
  }
}
