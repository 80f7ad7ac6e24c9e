package links;

import static spark.Spark.before;
import static spark.Spark.exception;
import static spark.Spark.get;
import static spark.Spark.halt;
import static spark.Spark.post;

import com.google.gson.Gson;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Spark routes: what a route returns, its response's body, headers and cookies, a halt()'s body. */
public final class LinkRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(LinkRoutes.class);
  private static final String FLAGS_SECURE_KEY = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");
  private static final String PROJECT_KEY = System.getenv("POSTHOG_PROJECT_API_KEY");

  private LinkRoutes() {}

  public static void install() {
    before((req, res) -> LOG.debug("session {} token {} cookie {}", req.session().id(), req.headers("X-Admin-Token"), req.cookie("JSESSIONID")));

    get("/client-config.js", (req, res) -> {
      res.type("application/javascript");
      return "window.flagsKey = '" + FLAGS_SECURE_KEY + "';"; // Noncompliant
    });

    get("/public-config.js", (req, res) -> "window.posthogKey = '" + PROJECT_KEY + "';");

    get("/config.json", (req, res) -> new Gson().toJson(Map.of("flagsKey", FLAGS_SECURE_KEY))); // Noncompliant

    get("/flags", (req, res) -> {
      res.header("X-PostHog-Flags-Key", FLAGS_SECURE_KEY); // Noncompliant
      res.cookie("ph_project", PROJECT_KEY);
      res.cookie("ph_ff_key", FLAGS_SECURE_KEY, 3600, true, true); // Noncompliant
      res.cookie("/flags", "ph_ff_key", FLAGS_SECURE_KEY, 3600, true); // Noncompliant
      res.cookie("/", "ph_ff_key", FLAGS_SECURE_KEY, 3600, true, true); // Noncompliant
      res.cookie("example.com", "/", "ph_ff_key", FLAGS_SECURE_KEY, 3600, true, true); // Noncompliant
      res.cookie("/", "ph_project", PROJECT_KEY, 3600, true);
      return Map.of("configured", FLAGS_SECURE_KEY != null);
    });

    post("/flags/sync", (req, res) -> {
      if (req.queryParams("dryRun") != null) {
        throw halt(502, "rejected key " + FLAGS_SECURE_KEY); // Noncompliant
      }
      res.body("{\"synced\":true}");
      return "";
    });

    exception(IllegalStateException.class, (e, req, res) -> res.body("failed: " + e.getMessage()));
  }
}
