package cohorts;

import io.jooby.Jooby;
import java.util.Map;

/** Lambda routes: what a handler returns is the response. */
public class CohortApp extends Jooby {
  {
    CohortSettings posthog = CohortSettings.fromEnvironment();
    get("/config.json", ctx -> Map.of("flagsKey", posthog.secretKey())); // Noncompliant
    get("/public.json", ctx -> Map.of("projectKey", posthog.projectApiKey()));
    post("/admin/key", ctx -> posthog.personalApiKey()); // Noncompliant
    get("/health", ctx -> Map.of("configured", posthog.personalApiKey() != null));
    mvc(new CohortController(posthog));
  }
}
