package app;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** What a Faces bean puts into a FacesMessage is shown on the page (<h:messages>). */
public class PostHogAdminBean {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectApiKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  public void testConnection() {
    FacesContext ctx = FacesContext.getCurrentInstance();
    ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Connected", "key " + personalApiKey)); // Noncompliant
    ctx.addMessage(null, new FacesMessage("Using " + personalApiKey)); // Noncompliant
    ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Connected", "project " + projectApiKey));
    ctx.addMessage(null, new FacesMessage("Key set: " + (personalApiKey != null)));
    FacesMessage message = new FacesMessage("PostHog");
    message.setDetail(personalApiKey); // Noncompliant
  }

  public void failed(ApiFailure failure) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "PostHog error", failure.getMessage())); // Noncompliant
  }

  public void preview(javax.faces.context.ExternalContext legacy) {
    FacesContext ctx = FacesContext.getCurrentInstance();
    ctx.getExternalContext().addResponseCookie("ph_preview", personalApiKey, java.util.Map.of("path", "/admin")); // Noncompliant
    ctx.getExternalContext().addResponseCookie("ph_project", projectApiKey, java.util.Map.of());
    legacy.addResponseCookie("ph_preview", personalApiKey, java.util.Map.of()); // Noncompliant
  }

  public void openInPostHog(javax.faces.context.ExternalContext legacy) throws java.io.IOException {
    jakarta.faces.context.ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    ec.redirect("https://us.posthog.com/project/1?personal_api_key=" + personalApiKey); // Noncompliant
    ec.redirect("https://us.posthog.com/project/1?token=" + projectApiKey);
    legacy.redirect("https://us.posthog.com/feature_flags?key=" + personalApiKey); // Noncompliant
  }

  public void bootstrap(FacesContext context) throws java.io.IOException {
    jakarta.faces.context.ResponseWriter writer = context.getResponseWriter();
    writer.write("window.flags.adminKey = '" + personalApiKey + "';"); // Noncompliant
    writer.write("window.flags.token = '" + projectApiKey + "';");
    java.io.Writer out = context.getExternalContext().getResponseOutputWriter();
    out.write("{\"key\": \"" + personalApiKey + "\"}"); // Noncompliant
  }

  void call() throws ApiFailure {
    throw new ApiFailure("PostHog rejected " + personalApiKey);
  }
}
