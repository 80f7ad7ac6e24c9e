package controllers;

import java.util.Map;
import play.libs.Json;
import play.mvc.Http;
import play.mvc.Controller;
import play.mvc.Result;
import play.mvc.Results;

/** A Play controller's results and the Twirl templates it renders go to the browser. */
public class DashboardController extends Controller {
  private final String projectKey = System.getenv("POSTHOG_API_KEY");
  private final String flagsKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");

  public Result config() {
    return ok(Json.toJson(Map.of("projectKey", projectKey, "flagsKey", flagsKey))); // Noncompliant
  }

  public Result publicConfig() {
    return ok(Json.toJson(Map.of("projectKey", projectKey)));
  }

  public Result page() {
    return ok(views.html.dashboard.render(projectKey, flagsKey)); // Noncompliant
  }

  public Result failed() {
    return Results.status(503, Json.stringify(Map.of("key", flagsKey))); // Noncompliant
  }

  public Result openInPostHog() {
    return redirect("https://us.posthog.com/flags?personal_api_key=" + flagsKey); // Noncompliant
  }

  public Result openProject() {
    return redirect("https://us.posthog.com/flags?token=" + projectKey);
  }

  public Result enableToolbar() {
    Http.Cookie cookie = Http.Cookie.builder("ph_admin_key", flagsKey).withPath("/admin").build(); // Noncompliant
    Http.Cookie theme = Http.Cookie.builder("theme", "dark").build();
    return ok("enabled").withCookies(cookie, theme);
  }

  public Result failedQuietly() {
    return Results.internalServerError("flags unavailable");
  }
}
