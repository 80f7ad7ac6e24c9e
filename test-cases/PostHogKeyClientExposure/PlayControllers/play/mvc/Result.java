package play.mvc;

/** A stand-in for Play's Result (Play is not on the test class path). */
public class Result {
  public Result withCookies(Http.Cookie... cookies) {
    return this;
  }
}
