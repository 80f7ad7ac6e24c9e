package com.brightloop.flagapi.http;

import java.util.Map;

import com.brightloop.flagapi.config.PostHogSettings;
import io.helidon.common.media.type.MediaType;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

public class ClientConfigService implements HttpService {

    private static final MediaType JAVASCRIPT = MediaTypes.create("application/javascript");

    private final PostHogSettings settings;

    public ClientConfigService(PostHogSettings settings) {
        this.settings = settings;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/posthog.json", this::publicConfig)
             .get("/bootstrap.js", this::bootstrapScript);
    }

    private void publicConfig(ServerRequest req, ServerResponse res) {
        res.send(Map.of("apiKey", settings.projectApiKey(), "apiHost", settings.host()));
    }

    private void bootstrapScript(ServerRequest req, ServerResponse res) {
        String script = "window.__FLAG_API__ = {\n"
                + "  posthogKey: '" + settings.projectApiKey() + "',\n"
                + "  posthogHost: '" + settings.host() + "',\n"
                + "  flagsSecureKey: '" + settings.featureFlagsSecureApiKey() + "'\n"
                + "};\n"
                + "posthog.init(window.__FLAG_API__.posthogKey, { api_host: window.__FLAG_API__.posthogHost });\n";
        res.headers().contentType(JAVASCRIPT);
        res.send(script);
    }
}
