import com.vaadin.flow.component.WebComponentExporter;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.webcomponent.PropertyConfiguration;
import com.vaadin.flow.component.webcomponent.WebComponent;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.core.NewCookie;
import javax.ws.rs.core.Response;

/** javax JAX-RS (JAX-RS 2): entity, header, cookie, and a resource method's value; a Vaadin web component. */
@Path("/legacy-flags")
public class JavaxJaxRsAndVaadinExporter {
  private final String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  @GET
  @Path("/ok")
  public Response ok() {
    return Response.ok(personalKey).build(); // Noncompliant
  }

  @GET
  @Path("/entity")
  public Response entity() {
    return Response.status(200).entity(personalKey).build(); // Noncompliant
  }

  @GET
  @Path("/header")
  public Response header() {
    return Response.noContent().header("X-Flags-Key", personalKey).build(); // Noncompliant
  }

  @GET
  @Path("/cookie")
  public Response cookie() {
    return Response.noContent().cookie(new NewCookie("flags", personalKey)).build(); // Noncompliant
  }

  @GET
  @Path("/key")
  public String key() {
    return personalKey; // Noncompliant
  }

  @GET
  @Path("/insights")
  public Response insights() {
    return Response.temporaryRedirect(java.net.URI.create("/insights?personal_api_key=" + personalKey)).build(); // Noncompliant
  }

  @GET
  @Path("/project-key")
  public Response projectKey() {
    return Response.ok(projectKey).header("X-Project-Key", projectKey).build();
  }

  public static class FlagsWidgetExporter extends WebComponentExporter<Div> {
    private final PropertyConfiguration<Div, String> key = addProperty("key", "");

    public FlagsWidgetExporter() {
      super("flags-widget");
    }

    @Override
    protected void configureInstance(WebComponent<Div> webComponent, Div component) {
      webComponent.setProperty(key, System.getenv("POSTHOG_PERSONAL_API_KEY")); // Noncompliant
      webComponent.setProperty(key, System.getenv("POSTHOG_PROJECT_API_KEY"));
    }
  }
}

/** A javax response filter's headers go to the client with every response. */
class LegacyFlagsKeyFilter implements javax.ws.rs.container.ContainerResponseFilter {
  private final String secureKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");

  @Override
  public void filter(
      javax.ws.rs.container.ContainerRequestContext request,
      javax.ws.rs.container.ContainerResponseContext response) {
    response.getHeaders().putSingle("X-Flags-Key", secureKey); // Noncompliant
    response.getHeaders().putSingle("X-PostHog-Host", "https://eu.i.posthog.com");
  }
}
