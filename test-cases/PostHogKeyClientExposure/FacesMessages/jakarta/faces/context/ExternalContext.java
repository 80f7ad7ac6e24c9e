package jakarta.faces.context;

/** Stand-in for Jakarta Faces' external context. */
public abstract class ExternalContext {
  public abstract void addResponseCookie(
      String name, String value, java.util.Map<String, Object> properties);
}
