package jakarta.faces.context;

import jakarta.faces.application.FacesMessage;

/** Stand-in for Jakarta Faces' context. */
public abstract class FacesContext {
  public static FacesContext getCurrentInstance() {
    return null;
  }

  public abstract void addMessage(String clientId, FacesMessage message);

  public abstract ExternalContext getExternalContext();

  public abstract ResponseWriter getResponseWriter();
}
