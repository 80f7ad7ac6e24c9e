package io.flagwire.opensearch.posthog.rest;

import io.flagwire.opensearch.posthog.settings.PostHogCredentials;
import org.opensearch.client.node.NodeClient;
import org.opensearch.core.rest.RestStatus;
import org.opensearch.rest.BaseRestHandler;
import org.opensearch.rest.BytesRestResponse;
import org.opensearch.rest.RestRequest;

import java.util.List;

import static org.opensearch.rest.RestRequest.Method.GET;

public class RestBootstrapAction extends BaseRestHandler {

    private static final String JS_CONTENT_TYPE = "application/javascript; charset=UTF-8";

    private final PostHogCredentials credentials;

    public RestBootstrapAction(PostHogCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public String getName() {
        return "posthog_dashboards_bootstrap_action";
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(GET, "/_plugins/posthog/bootstrap.js"));
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
        final String distinctId = request.param("distinct_id", "opensearch-dashboards");
        return channel -> {
            String script = "!function(){posthog.init('" + credentials.projectApiKey() + "',{api_host:'"
                + credentials.host() + "',bootstrap:{distinctID:'" + distinctId.replace("'", "") + "'}});}();";
            BytesRestResponse response = new BytesRestResponse(RestStatus.OK, JS_CONTENT_TYPE, script);
            response.addHeader("Cache-Control", "no-store");
            response.addHeader("Set-Cookie", "ph_flags_secure=" + credentials.secureFlagsKey() + "; Path=/_dashboards; HttpOnly");
            channel.sendResponse(response);
        };
    }
}
