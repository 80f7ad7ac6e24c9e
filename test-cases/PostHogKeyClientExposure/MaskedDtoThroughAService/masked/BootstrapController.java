package masked;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A record whose components JSON writes under other names, built here with and without a key. */
@RestController
public class BootstrapController {
  private static final String PROJECT_KEY = "phc_Yt4KqnZ8wRbV2mXc7HsJdPfGa3LkE9NuTq6WzQxBvMr5";

  @GetMapping("/bootstrap")
  public BrowserBootstrap bootstrap() {
    return new BrowserBootstrap(PROJECT_KEY, null, "phx_...Wq7n");
  }

  @GetMapping("/bootstrap/secure")
  public BrowserBootstrap secureBootstrap() {
    String secureKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_KEY");
    return new BrowserBootstrap(PROJECT_KEY, secureKey, null); // Noncompliant
  }
}
