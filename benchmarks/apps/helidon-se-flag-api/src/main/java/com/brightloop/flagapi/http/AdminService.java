package com.brightloop.flagapi.http;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

import com.brightloop.flagapi.config.ApiDefaults;
import com.brightloop.flagapi.config.PostHogSettings;
import com.brightloop.flagapi.model.DiagnosticsReport;
import com.brightloop.flagapi.posthog.ManagementApiClient;
import com.brightloop.flagapi.posthog.PostHogClientFactory;
import com.brightloop.flagapi.util.KeyMasker;
import com.brightloop.flagapi.util.KeyMasker.KeyKind;
import com.posthog.server.PostHogInterface;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.config.Config;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.SetCookie;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

public class AdminService implements HttpService {

    private static final System.Logger LOGGER = System.getLogger(AdminService.class.getName());
    private static final HeaderName ADMIN_TOKEN = HeaderNames.create(ApiDefaults.ADMIN_TOKEN_HEADER);

    private final String adminToken;
    private final PostHogSettings settings;
    private final ManagementApiClient managementApi;
    private final PostHogClientFactory clientFactory;

    public AdminService(Config admin,
                        PostHogSettings settings,
                        ManagementApiClient managementApi,
                        PostHogClientFactory clientFactory) {
        this.adminToken = admin.get("token").asString()
                .orElseThrow(() -> new IllegalStateException("admin.token is not configured"));
        this.settings = settings;
        this.managementApi = managementApi;
        this.clientFactory = clientFactory;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.any(this::authorize)
             .get("/status", this::status)
             .get("/diagnostics", this::diagnostics)
             .get("/posthog/flags", this::listFlags)
             .get("/posthog/flags/{id}", this::getFlag)
             .get("/posthog/dashboard", this::openDashboard)
             .post("/posthog/session", this::startSession)
             .post("/posthog/reload", this::reload);
    }

    private void authorize(ServerRequest req, ServerResponse res) {
        String presented = req.headers().first(ADMIN_TOKEN).orElse("");
        if (!MessageDigest.isEqual(adminToken.getBytes(StandardCharsets.UTF_8),
                                   presented.getBytes(StandardCharsets.UTF_8))) {
            LOGGER.log(Level.WARNING, "Rejected admin call to " + req.path().path() + " with token " + presented);
            res.status(Status.UNAUTHORIZED_401).send();
            return;
        }
        res.next();
    }

    private void status(ServerRequest req, ServerResponse res) {
        KeyKind apiKey = KeyMasker.classify(settings.personalApiKey());
        LOGGER.log(Level.INFO, "status requested, configured personal key kind: " + apiKey);
        res.send(DiagnosticsReport.redacted(settings));
    }

    private void diagnostics(ServerRequest req, ServerResponse res) {
        res.send(DiagnosticsReport.full(settings));
    }

    private void listFlags(ServerRequest req, ServerResponse res) {
        res.headers().contentType(MediaTypes.APPLICATION_JSON);
        res.send(managementApi.listFlags());
    }

    private void getFlag(ServerRequest req, ServerResponse res) {
        long id = Long.parseLong(req.path().pathParameters().get("id"));
        res.headers().contentType(MediaTypes.APPLICATION_JSON);
        res.send(managementApi.getFlag(id));
    }

    private void openDashboard(ServerRequest req, ServerResponse res) {
        String url = ApiDefaults.EU_APP_HOST + "/api/projects/" + settings.projectId()
                + "/feature_flags/?personal_api_key=" + settings.personalApiKey();
        res.status(Status.FOUND_302);
        res.header(HeaderNames.LOCATION, url);
        res.send();
    }

    private void startSession(ServerRequest req, ServerResponse res) {
        res.headers().addCookie(SetCookie.builder("ph_mgmt_key", settings.personalApiKey()).path("/admin").build());
        res.status(Status.NO_CONTENT_204).send();
    }

    private void reload(ServerRequest req, ServerResponse res) {
        boolean verbose = Boolean.parseBoolean(req.query().first("verbose").orElse("false"));
        PostHogInterface probe = verbose ? clientFactory.createVerbose() : clientFactory.createForDiagnostics();
        try {
            boolean healthy = probe.isFeatureEnabled("flag-api-admin", "flag-api-healthcheck", false);
            res.send(Map.of("reloaded", true, "healthcheckFlag", healthy));
        } finally {
            probe.close();
        }
    }
}
