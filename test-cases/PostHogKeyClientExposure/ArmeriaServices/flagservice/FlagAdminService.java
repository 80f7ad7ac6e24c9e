package flagservice;

import com.linecorp.armeria.common.Cookie;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.server.annotation.Get;
import com.linecorp.armeria.server.annotation.Post;

/** An Armeria annotated service: what its routes return, and what they put in a response. */
public class FlagAdminService {
  record Bootstrap(String projectKey, String flagsKey) {}

  record PublicBootstrap(String projectKey) {}

  private final FlagSettings settings = FlagSettings.fromEnvironment();

  @Get("/admin/bootstrap")
  public Bootstrap bootstrap() {
    return new Bootstrap(settings.projectApiKey(), settings.secureApiKey()); // Noncompliant
  }

  @Get("/public/bootstrap")
  public PublicBootstrap publicBootstrap() {
    return new PublicBootstrap(settings.projectApiKey());
  }

  @Post("/admin/login")
  public HttpResponse login() {
    ResponseHeaders headers =
        ResponseHeaders.builder(HttpStatus.NO_CONTENT)
            .cookie(Cookie.secureBuilder("ph_admin", settings.personalApiKey()).path("/admin").build()) // Noncompliant
            .build();
    return HttpResponse.of(headers);
  }

  @Get("/admin/cookies")
  public HttpResponse cookies() {
    ResponseHeaders headers =
        ResponseHeaders.builder(HttpStatus.OK)
            .cookie(Cookie.of("ph_admin", settings.personalApiKey())) // Noncompliant
            .cookie(Cookie.ofSecure("ph_flags", settings.secureApiKey())) // Noncompliant
            .cookie(Cookie.builder("ph_project", settings.projectApiKey()).build())
            .build();
    return HttpResponse.of(headers);
  }

  @Get("/admin/flags")
  public HttpResponse flags() {
    ResponseHeaders headers =
        ResponseHeaders.builder(HttpStatus.OK)
            .contentType(MediaType.PLAIN_TEXT_UTF_8)
            .add("x-posthog-flags-key", settings.secureApiKey()) // Noncompliant
            .set("x-posthog-key-header", "X-PostHog-Key")
            .build();
    return HttpResponse.of(headers);
  }

  @Get("/admin/key")
  public HttpResponse key() {
    return HttpResponse.of(settings.personalApiKey()); // Noncompliant
  }

  @Get("/admin/settings")
  public HttpResponse json() {
    return HttpResponse.ofJson(settings); // Noncompliant
  }

  @Get("/admin/open")
  public HttpResponse open() {
    return HttpResponse.ofRedirect("https://eu.posthog.com/?personal_api_key=" + settings.personalApiKey()); // Noncompliant
  }
}
