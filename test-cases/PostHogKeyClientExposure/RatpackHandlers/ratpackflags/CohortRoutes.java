package ratpackflags;

import static ratpack.jackson.Jackson.json;

import com.google.inject.Injector;
import java.util.Map;
import ratpack.func.Action;
import ratpack.handling.Chain;
import ratpack.handling.Context;

/** Ratpack handlers: what they render or send, the headers and cookies they set, a redirect. */
public class CohortRoutes implements Action<Chain> {
  private final CohortSettings posthog = CohortSettings.fromEnvironment();
  private final Injector injector;

  public CohortRoutes(Injector injector) {
    this.injector = injector;
  }

  @Override
  public void execute(Chain chain) {
    chain
        .get("config.json", ctx -> ctx.render(json(Map.of("flagsKey", posthog.secretKey())))) // Noncompliant
        .get("public.json", ctx -> ctx.render(json(Map.of("projectKey", posthog.projectApiKey()))))
        .get("health", ctx -> ctx.render(json(Map.of("configured", posthog.personalApiKey() != null))))
        .post("session", this::session)
        .get("open", this::open)
        .get("bootstrap", ctx -> ctx.render(json(ctx.get(CohortSettings.class).secretKey()))) // Noncompliant
        .get("admin", ctx -> ctx.render(json(injector.getInstance(CohortSettings.class).personalApiKey()))) // Noncompliant
        .get("host", ctx -> ctx.render(json(ctx.get(CohortSettings.class).host())))
        .all(ctx -> ctx.getResponse().status(404).send("no route; the key is " + posthog.personalApiKey())); // Noncompliant
  }

  private void session(Context ctx) {
    ctx.getResponse().cookie("ph_flags", posthog.secretKey()); // Noncompliant
    ctx.getResponse().cookie("ph_project", posthog.projectApiKey());
    ctx.getResponse().getHeaders().set("X-Flags-Key", posthog.secretKey()); // Noncompliant
    ctx.getResponse().getHeaders().set("X-PostHog-Key", posthog.projectApiKey());
    ctx.getResponse().send("application/json", "{\"key\":\"" + posthog.personalApiKey() + "\"}"); // Noncompliant
  }

  private void open(Context ctx) {
    if (ctx.header("X-Embed").isPresent()) {
      ctx.redirect(posthog.host() + "/embed?personal_api_key=" + posthog.personalApiKey()); // Noncompliant
      return;
    }
    if (ctx.header("X-Admin").isPresent()) {
      ctx.redirect(302, posthog.host() + "/admin?secret=" + posthog.secretKey()); // Noncompliant
      return;
    }
    ctx.redirect(posthog.host() + "/embed?token=" + posthog.projectApiKey());
  }
}
