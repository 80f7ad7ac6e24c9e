package io.northwind.flaggate.web;

import java.lang.System.Logger.Level;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.helidon.config.Config;
import io.helidon.http.HeaderNames;
import io.helidon.http.SetCookie;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.northwind.flaggate.config.PostHogSettings;
import io.northwind.flaggate.model.PostHogStatus;
import io.northwind.flaggate.posthog.PostHogAdminClient;
import io.northwind.flaggate.util.KeyMasker;
import jakarta.json.Json;

/**
 * Operator endpoints, protected by the API-key security provider (scope ADMIN).
 */
public class AdminService implements HttpService {

    private static final System.Logger LOGGER = System.getLogger(AdminService.class.getName());

    private final PostHogSettings settings;
    private final PostHogAdminClient adminClient;
    private final String consoleUrl;

    public AdminService(Config config, PostHogSettings settings, PostHogAdminClient adminClient) {
        this.settings = settings;
        this.adminClient = adminClient;
        this.consoleUrl = config.get("app.admin-redirect").asString().orElse("/");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/posthog", this::status)
                .get("/diagnostics", this::diagnostics)
                .get("/setup", this::setup)
                .post("/edge-session", this::edgeSession)
                .post("/sync", this::sync);
    }

    private void status(ServerRequest req, ServerResponse res) {
        int flagCount = adminClient.listFlags().size();
        PostHogStatus status = new PostHogStatus(settings.host(), settings.projectId(),
                settings.projectApiKey(), settings.personalApiKey(), flagCount);
        res.send(status);
    }

    private void diagnostics(ServerRequest req, ServerResponse res) {
        LOGGER.log(Level.INFO, "Diagnostics requested; personal key configured: {0}", settings.hasPersonalKey());
        res.send(Json.createObjectBuilder()
                .add("host", settings.host())
                .add("personalApiKey", KeyMasker.mask(settings.personalApiKey()))
                .add("personalApiKeySha256", KeyMasker.sha256(settings.personalApiKey()))
                .add("secureKeyConfigured", !settings.featureFlagsSecureKey().isEmpty())
                .add("pollIntervalSeconds", settings.pollIntervalSeconds())
                .build());
    }

    /** Sends the operator to the flags console, pre-filled with this project's credentials. */
    private void setup(ServerRequest req, ServerResponse res) {
        String target = consoleUrl
                + "?project_id=" + settings.projectId()
                + "&personal_api_key=" + URLEncoder.encode(settings.personalApiKey(), StandardCharsets.UTF_8);
        res.status(Status.FOUND_302)
                .header(HeaderNames.LOCATION, target)
                .send();
    }

    /** Lets the edge worker (running in the operator's browser session) call /flags with the secure key. */
    private void edgeSession(ServerRequest req, ServerResponse res) {
        SetCookie cookie = SetCookie.builder("ph_edge_key", settings.featureFlagsSecureKey())
                .path("/")
                .httpOnly(false)
                .maxAge(Duration.ofHours(8))
                .build();
        res.headers().addCookie(cookie);
        res.status(Status.NO_CONTENT_204).send();
    }

    private void sync(ServerRequest req, ServerResponse res) {
        int count = adminClient.listFlags().size();
        res.send(Json.createObjectBuilder().add("synced", count).build());
    }
}
