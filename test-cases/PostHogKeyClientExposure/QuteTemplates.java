import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.Map;

/** The data a Qute template renders reaches the page it renders. */
@Path("/ui")
public class QuteTemplates {
  private final String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectKey = System.getenv("POSTHOG_PROJECT_API_KEY");
  Template admin;
  Template dashboard;

  /** Type-safe templates: each parameter is the template's data. */
  @CheckedTemplate
  static class Templates {
    static native TemplateInstance settings(String host, String personalKey);

    static native TemplateInstance summary(String host, boolean configured);
  }

  /** A helper of the file, no template. */
  static native String fingerprint(String key);

  @GET
  @Path("/settings")
  public TemplateInstance settings() {
    return Templates.settings("https://us.posthog.com", personalKey); // Noncompliant
  }

  @GET
  @Path("/summary")
  public TemplateInstance summary() {
    fingerprint(personalKey);
    return Templates.summary("https://us.posthog.com", personalKey != null);
  }

  @GET
  @Path("/admin")
  public TemplateInstance connection() {
    return admin.data("host", "https://us.posthog.com").data("personalKey", personalKey); // Noncompliant
  }

  @GET
  @Path("/dashboard")
  public TemplateInstance dashboard() {
    return dashboard.data("projectKey", projectKey).data("configured", personalKey != null).data("host", "https://us.posthog.com");
  }

  String rendered() {
    return admin.render(Map.of("personalKey", personalKey)); // Noncompliant
  }

  String masked() {
    return admin.render(Map.of("personalKey", "phx_..." + personalKey.substring(personalKey.length() - 4)));
  }
}
