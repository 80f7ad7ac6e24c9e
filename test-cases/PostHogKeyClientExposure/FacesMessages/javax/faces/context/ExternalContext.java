package javax.faces.context;

/** Stand-in for JavaServer Faces' external context. */
public abstract class ExternalContext {
  public abstract void addResponseCookie(
      String name, String value, java.util.Map<String, Object> properties);

  public abstract void redirect(String url) throws java.io.IOException;
}
