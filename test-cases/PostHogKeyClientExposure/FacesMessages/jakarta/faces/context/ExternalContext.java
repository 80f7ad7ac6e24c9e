package jakarta.faces.context;

/** Stand-in for Jakarta Faces' external context. */
public abstract class ExternalContext {
  public abstract void addResponseCookie(
      String name, String value, java.util.Map<String, Object> properties);

  public abstract void redirect(String url) throws java.io.IOException;

  public abstract java.io.Writer getResponseOutputWriter() throws java.io.IOException;
}
