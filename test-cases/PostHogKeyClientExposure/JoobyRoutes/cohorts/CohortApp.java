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
    error(CohortSyncFailed.class, (ctx, cause, code) -> ctx.render(Map.of("error", cause.getMessage()))); // Noncompliant
    error(IllegalArgumentException.class, (ctx, cause, code) -> ctx.render(Map.of("error", cause.getMessage())));
    error((ctx, cause, code) -> ctx.setResponseCode(500).render(Map.of("error", "internal")));
    get("/status", ctx -> ctx.render(Map.of("flagsKey", posthog.secretKey()))); // Noncompliant
    mvc(new CohortController(posthog));
  }
}
