import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** A personal key in a JAX-RS response: entity, header, cookie, or a resource method's value. */
@Path("/flags")
public class JaxRsResources {
  private final String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  record KeyView(String key) {}

  @GET
  @Path("/insights")
  public Response insights() {
    return Response.seeOther(java.net.URI.create("https://eu.posthog.com/insights?personal_api_key=" + personalKey)).build(); // Noncompliant
  }

  @GET
  @Path("/login")
  public Response login() {
    return Response.seeOther(java.net.URI.create("/login?next=/flags")).build();
  }

  @GET
  @Path("/ok")
  public Response ok() {
    return Response.ok(personalKey).build(); // Noncompliant
  }

  @GET
  @Path("/entity")
  public Response entity() {
    return Response.status(200).entity(Map.of("key", personalKey)).build(); // Noncompliant
  }

  @GET
  @Path("/header")
  public Response header() {
    return Response.ok("fine").header("X-Key", personalKey).build(); // Noncompliant
  }

  @GET
  @Path("/cookie")
  public Response cookie() {
    return Response.ok().cookie(new NewCookie.Builder("ph").value(personalKey).build()).build(); // Noncompliant
  }

  @GET
  @Path("/new-cookie")
  public Response newCookie() {
    NewCookie cookie = new NewCookie("ph", personalKey); // Noncompliant
    NewCookie built = new NewCookie.Builder("ph")
        .path("/")
        .value(personalKey) // Noncompliant
        .build();
    NewCookie project = new NewCookie.Builder("ph").value(projectKey).build();
    NewCookie flag = new NewCookie("ph-configured", String.valueOf(personalKey != null));
    return Response.ok("fine").cookie(cookie, built, project, flag).build();
  }

  @GET
  @Path("/value")
  public KeyView value() {
    return new KeyView(personalKey); // Noncompliant
  }

  @GET
  @Path("/project")
  public Response project() {
    return Response.ok(projectKey).header("X-Configured", personalKey != null).build();
  }

  /** No resource method: stays on the server. */
  String key() {
    return personalKey;
  }
}

/** A response filter's headers go to the client with every response. */
class FlagsKeyFilter implements jakarta.ws.rs.container.ContainerResponseFilter {
  private final String secureKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");

  @Override
  public void filter(
      jakarta.ws.rs.container.ContainerRequestContext request,
      jakarta.ws.rs.container.ContainerResponseContext response) {
    response.getHeaders().putSingle("X-Flags-Key", secureKey); // Noncompliant
    response.getStringHeaders().add("X-Flags-Key", secureKey); // Noncompliant
    response.getHeaders().putSingle("X-PostHog-Host", "https://eu.i.posthog.com");
  }
}
