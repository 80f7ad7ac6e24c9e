import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.hateoas.JsonError;
import io.micronaut.http.hateoas.Link;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** A Micronaut controller's response: its headers, cookies and redirects. */
@Controller("/admin")
class MicronautResponses {
  private final String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  @Get("/cache")
  HttpResponse<Map<String, Object>> cache() {
    return HttpResponse.ok(Map.<String, Object>of("size", 3))
        .header("X-PostHog-Personal-Key", personalKey) // Noncompliant
        .header("X-PostHog-Project-Key", projectKey);
  }

  @Post("/impersonate")
  HttpResponse<?> impersonate() {
    Cookie cookie = Cookie.of("ph_pat", personalKey).httpOnly(true).maxAge(Duration.ofMinutes(30)); // Noncompliant
    Cookie project = Cookie.of("ph_project", projectKey);
    return HttpResponse.seeOther(URI.create("/admin")).cookie(cookie).cookie(project);
  }

  @Get("/diagnostics")
  HttpResponse<Map<String, Object>> diagnostics() {
    Map<String, Object> body = Map.of("host", "eu", "personalKey", personalKey);
    return HttpResponse.ok(body); // Noncompliant
  }

  @Get("/public")
  HttpResponse<Map<String, Object>> publicKey() {
    return HttpResponse.ok(Map.<String, Object>of("projectKey", projectKey));
  }

  @Post("/rejected")
  HttpResponse<?> rejected() {
    return HttpResponse.badRequest().body("the key " + personalKey + " was rejected"); // Noncompliant
  }

  @Get("/export")
  HttpResponse<?> export() {
    return HttpResponse.redirect(URI.create("https://eu.posthog.com/api/export?personal_api_key=" + personalKey)); // Noncompliant
  }

  /** An error body holds the message it is built with; the links added keep it. */
  @Get("/failed")
  HttpResponse<JsonError> failed() {
    JsonError error = new JsonError("rejected key " + personalKey).link(Link.SELF, Link.of("/admin/failed"));
    JsonError plain = new JsonError("rejected").link(Link.SELF, Link.of("/admin/failed"));
    return personalKey.isEmpty() ? HttpResponse.<JsonError>serverError().body(plain) : HttpResponse.<JsonError>serverError().body(error); // Noncompliant
  }
}
