package app;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Returns what the service built: the personal key travels to the browser inside the record. */
@RestController
public class FlagsController {
  private final FlagsService service;

  public FlagsController(FlagsService service) {
    this.service = service;
  }

  @GetMapping("/flags/bootstrap")
  public FlagsBootstrap bootstrap() {
    return service.bootstrap(); // Noncompliant {{PostHog personal API key from posthog.personal-api-key (from FlagsService.java:9) reaches the browser through the response body of bootstrap(): anyone who loads the page gets admin access to your PostHog organisation; keep it on the server}}
  }

  @GetMapping("/flags/public")
  public FlagsBootstrap publicBootstrap() {
    return service.publicBootstrap();
  }
}
