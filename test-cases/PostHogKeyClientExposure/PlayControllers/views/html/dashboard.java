package views.html;

/** A stand-in for the class Twirl generates from dashboard.scala.html. */
public final class dashboard {
  private dashboard() {}

  public static String render(String projectKey, String flagsKey) {
    return projectKey + flagsKey;
  }
}
