package app;

import io.helidon.http.SetCookie;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.Json;

/** What a Helidon SE handler sends, and what its routing's error handler sends, goes to the browser. */
public class HelidonFlags implements HttpService {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectApiKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  @Override
  public void routing(HttpRules rules) {
    rules.get("/config", this::config).get("/snippet.js", this::snippet);
    rules.get("/admin", (req, res) -> res.send(personalApiKey)); // Noncompliant
    rules.get("/token", (req, res) -> res.send(projectApiKey));
  }

  void config(ServerRequest req, ServerResponse res) {
    var body =
        Json.createObjectBuilder()
            .add("apiKey", projectApiKey)
            .add("personalApiKey", personalApiKey)
            .build();
    res.send(body); // Noncompliant
    res.send(Json.createArrayBuilder().add(personalApiKey).build()); // Noncompliant
  }

  void snippet(ServerRequest req, ServerResponse res) {
    res.header("Content-Type", "application/javascript");
    res.status(200).send("posthog.init('" + projectApiKey + "')");
    res.send(Json.createObjectBuilder().add("token", projectApiKey).build());
    res.header("X-PostHog-Key", personalApiKey); // Noncompliant
  }

  SetCookie sessionCookie() {
    SetCookie.create("ph_project", projectApiKey);
    return SetCookie.builder("ph_mgmt_key", personalApiKey).path("/admin").build(); // Noncompliant
  }

  void deny(RoutingResponse res) {
    res.status(401).send("expected key " + personalApiKey); // Noncompliant
  }

  void refresh() throws FlagSyncException {
    throw new FlagSyncException("PostHog rejected key " + personalApiKey);
  }

  static void start(HelidonFlags flags) {
    WebServer.builder()
        .port(8080)
        .routing(
            routing ->
                routing
                    .register("/flags", flags)
                    .error(
                        FlagSyncException.class,
                        (req, res, ex) -> res.status(502).send(ex.getMessage())) // Noncompliant
                    .error(IllegalStateException.class, (req, res, ex) -> res.send("failed")))
        .build();
  }
}
