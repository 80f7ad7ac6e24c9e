package jakarta.faces.application;

/** Stand-in for Jakarta Faces' message (Faces is not on the test classpath). */
public class FacesMessage {
  public static final Severity SEVERITY_INFO = new Severity();
  public static final Severity SEVERITY_ERROR = new Severity();

  public FacesMessage(String summary) {}

  public FacesMessage(String summary, String detail) {}

  public FacesMessage(Severity severity, String summary, String detail) {}

  public void setDetail(String detail) {}

  public void setSummary(String summary) {}

  /** Stand-in for a message's severity. */
  public static class Severity {}
}
