package app;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Map;

/** What a Javalin handler writes to its context goes to the browser. */
public class FlagRoutes {
  private static final String PERSONAL_API_KEY = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private static final String PROJECT_API_KEY = System.getenv("POSTHOG_PROJECT_API_KEY");

  void adminBridge(Context ctx) {
    ctx.json(Map.of("personalApiKey", PERSONAL_API_KEY)); // Noncompliant
    ctx.result("{\"key\":\"" + PERSONAL_API_KEY + "\"}"); // Noncompliant
    ctx.header("X-PostHog-Key", PERSONAL_API_KEY); // Noncompliant
    ctx.res().setHeader("X-PostHog-Key", PERSONAL_API_KEY); // Noncompliant
    ctx.json(Map.of("projectKey", PROJECT_API_KEY));
    ctx.html("<script>posthog.init('" + PROJECT_API_KEY + "')</script>");
  }

  void templates(Context ctx) {
    ctx.render("flags/toolbar.jte", Map.of("projectToken", PROJECT_API_KEY, "personalApiKey", PERSONAL_API_KEY)); // Noncompliant
    ctx.render("flags/list.jte", Map.of("projectToken", PROJECT_API_KEY));
    ctx.render("flags/empty.jte");
  }

  void sessionAndRedirects(Context ctx) {
    ctx.cookie("ph_admin", PERSONAL_API_KEY, 3600); // Noncompliant
    ctx.status(502).json(Map.of("key", PERSONAL_API_KEY)); // Noncompliant
    ctx.redirect("/insights?personal_api_key=" + PERSONAL_API_KEY); // Noncompliant
    ctx.cookie("ph_project", PROJECT_API_KEY, 3600);
    ctx.redirect("/login");
  }

  void routes(Javalin app) {
    app.get("/admin", ctx -> ctx.json(Map.of("key", PERSONAL_API_KEY))); // Noncompliant
    app.get("/bootstrap", ctx -> ctx.json(Map.of("token", PROJECT_API_KEY)));
    app.before(ctx -> ctx.header("X-PostHog-Key", PERSONAL_API_KEY)); // Noncompliant
    app.exception(FlagSyncFailed.class, (e, ctx) -> ctx.result(e.getMessage())); // Noncompliant
    app.exception(IllegalStateException.class, (e, ctx) -> ctx.result(e.getMessage()));
  }

  void sync() throws FlagSyncFailed {
    throw new FlagSyncFailed("PostHog rejected " + PERSONAL_API_KEY);
  }
}
