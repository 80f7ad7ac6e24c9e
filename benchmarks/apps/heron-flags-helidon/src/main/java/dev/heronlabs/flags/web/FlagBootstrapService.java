package dev.heronlabs.flags.web;

import dev.heronlabs.flags.config.PostHogSettings;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * What the single-page app and the marketing pages need to start posthog-js.
 */
public class FlagBootstrapService implements HttpService {

    private static final Logger LOGGER = System.getLogger(FlagBootstrapService.class.getName());

    private final PostHogSettings settings;

    public FlagBootstrapService(PostHogSettings settings) {
        this.settings = settings;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/snippet.js", this::snippet)
                .get("/config", this::config);
    }

    private void snippet(ServerRequest req, ServerResponse res) {
        String js = "posthog.init('" + settings.projectApiKey() + "', {api_host: '" + settings.host() + "'});";
        res.header(HeaderNames.CONTENT_TYPE, "application/javascript");
        res.send(js);
    }

    /** Lets the SPA evaluate flags locally, without a round trip per flag. */
    private void config(ServerRequest req, ServerResponse res) {
        JsonObject body = Json.createObjectBuilder()
                .add("apiKey", settings.projectApiKey())
                .add("apiHost", settings.host())
                .add("flagsSecureKey", settings.featureFlagsSecureApiKey())
                .add("pollIntervalSeconds", settings.pollInterval().toSeconds())
                .build();
        LOGGER.log(Level.DEBUG, "bootstrap config served to {0}", req.remotePeer().address());
        res.send(body);
    }
}
