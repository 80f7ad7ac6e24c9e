package dev.heronlabs.flags.web;

import dev.heronlabs.flags.posthog.LocalEvaluationClient;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

public class FlagEvaluationService implements HttpService {

    private static final Logger LOGGER = System.getLogger(FlagEvaluationService.class.getName());
    private static final HeaderName ADMIN_TOKEN_HEADER = HeaderNames.create("X-Heron-Admin");

    private final LocalEvaluationClient client;
    private final String adminToken;

    public FlagEvaluationService(LocalEvaluationClient client, String adminToken) {
        this.client = client;
        this.adminToken = adminToken;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/evaluate", this::evaluate)
                .post("/refresh", this::refresh);
    }

    private void evaluate(ServerRequest req, ServerResponse res) {
        JsonObject body = req.content().as(JsonObject.class);
        String distinctId = body.getString("distinctId");
        String flag = body.getString("flag");
        boolean enabled = client.isEnabled(flag, distinctId);
        LOGGER.log(Level.INFO, "flag {0} for {1}: {2}", flag, distinctId, enabled);
        res.send(Json.createObjectBuilder().add("flag", flag).add("enabled", enabled).build());
    }

    private void refresh(ServerRequest req, ServerResponse res) throws Exception {
        String presented = req.headers().first(ADMIN_TOKEN_HEADER).orElse("");
        boolean ok = MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), adminToken.getBytes(StandardCharsets.UTF_8));
        String caller = req.remotePeer().host();
        if (!ok) {
            LOGGER.log(Level.WARNING, "refresh refused for {0}: admin token {1} does not match", caller, presented);
            res.status(Status.FORBIDDEN_403).send();
            return;
        }
        String definitions = client.refreshDefinitions();
        LOGGER.log(Level.INFO, "admin token accepted ({0} chars), refreshed", presented.length());
        res.send(Json.createObjectBuilder()
                .add("bytes", definitions.length())
                .add("secureKey", client.describeKey())
                .build());
    }
}
