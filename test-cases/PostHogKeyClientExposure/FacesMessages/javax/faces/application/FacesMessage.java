package javax.faces.application;

/** Stand-in for JSF 2's message. */
public class FacesMessage {
  public FacesMessage(String summary, String detail) {}
}
