package cohorts;

import io.jooby.Context;
import io.jooby.Cookie;
import io.jooby.ModelAndView;
import io.jooby.StatusCode;
import io.jooby.annotation.GET;
import io.jooby.annotation.POST;
import java.util.Map;

/** MVC routes: their return values, template models, cookies, headers and redirects. */
public class CohortController {
  private final CohortSettings posthog;

  public CohortController(CohortSettings posthog) {
    this.posthog = posthog;
  }

  @GET("/config/posthog")
  public CohortSettings settings() {
    return posthog; // Noncompliant
  }

  @GET("/config/public")
  public Map<String, String> publicSettings() {
    return Map.of("host", posthog.host(), "projectKey", posthog.projectApiKey());
  }

  @GET("/")
  public ModelAndView dashboard() {
    return new ModelAndView("dashboard.hbs")
        .put("projectKey", posthog.projectApiKey())
        .put("adminKey", posthog.personalApiKey()); // Noncompliant
  }

  @GET("/report")
  public ModelAndView report() {
    return new ModelAndView("report.hbs", Map.of("flagsKey", posthog.secretKey())); // Noncompliant
  }

  @POST("/flags/bootstrap")
  public Map<String, Boolean> bootstrap(Context ctx) {
    ctx.setResponseCookie(new Cookie("ph_flags_key", posthog.secretKey()).setPath("/")); // Noncompliant
    ctx.setResponseCookie(new Cookie("ph_project", posthog.projectApiKey()).setPath("/"));
    ctx.setResponseHeader("X-Flags-Key", posthog.secretKey()); // Noncompliant
    ctx.setResponseHeader("X-Flags-Key-Length", String.valueOf(posthog.secretKey().length()));
    return Map.of("beta", true);
  }

  @GET("/export")
  public void export(Context ctx) {
    ctx.sendRedirect(posthog.host() + "/api/export?personal_api_key=" + posthog.personalApiKey()); // Noncompliant
  }

  @GET("/export/public")
  public void publicExport(Context ctx) {
    ctx.sendRedirect(posthog.host() + "/decide?token=" + posthog.projectApiKey());
    ctx.sendRedirect(StatusCode.SEE_OTHER, "/export?key=" + posthog.secretKey()); // Noncompliant
  }

  @GET("/error")
  public void error(Context ctx) {
    ctx.setResponseCode(500).render(Map.of("key", posthog.personalApiKey())); // Noncompliant
    ctx.send("configured: " + (posthog.personalApiKey() != null));
  }
}
