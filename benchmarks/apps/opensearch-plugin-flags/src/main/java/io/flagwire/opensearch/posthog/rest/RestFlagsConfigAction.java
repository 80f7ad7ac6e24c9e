package io.flagwire.opensearch.posthog.rest;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.flagwire.opensearch.posthog.client.PostHogClientFactory;
import io.flagwire.opensearch.posthog.settings.PostHogCredentials;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.opensearch.client.node.NodeClient;
import org.opensearch.core.rest.RestStatus;
import org.opensearch.core.xcontent.ToXContent;
import org.opensearch.core.xcontent.XContentBuilder;
import org.opensearch.rest.BaseRestHandler;
import org.opensearch.rest.BytesRestResponse;
import org.opensearch.rest.RestRequest;

import java.util.List;

import static org.opensearch.rest.RestRequest.Method.GET;
import static org.opensearch.rest.RestRequest.Method.POST;

public class RestFlagsConfigAction extends BaseRestHandler {

    private static final Logger logger = LogManager.getLogger(RestFlagsConfigAction.class);

    private final PostHogCredentials credentials;
    private final PostHogClientFactory clientFactory;
    private final int pollIntervalSeconds;

    public RestFlagsConfigAction(PostHogCredentials credentials, PostHogClientFactory clientFactory, int pollIntervalSeconds) {
        this.credentials = credentials;
        this.clientFactory = clientFactory;
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    @Override
    public String getName() {
        return "posthog_flags_config_action";
    }

    @Override
    public List<Route> routes() {
        return List.of(
            new Route(GET, "/_plugins/posthog/config"),
            new Route(GET, "/_plugins/posthog/config/poller_key"),
            new Route(POST, "/_plugins/posthog/config/_verify")
        );
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
        if (request.path().endsWith("/poller_key")) {
            return channel -> channel.sendResponse(new BytesRestResponse(RestStatus.OK, BytesRestResponse.TEXT_CONTENT_TYPE, credentials.secureFlagsKey()));
        }

        if (request.method() == POST) {
            final String canaryFlag = request.param("flag", "posthog-flags-canary");
            return channel -> {
                PostHogConfig config = clientFactory.baseConfig();
                config.setDebug(true);
                PostHogInterface probe = PostHog.with(config);
                boolean canary;
                try {
                    canary = probe.isFeatureEnabled("opensearch-config-verify", canaryFlag, false);
                } finally {
                    probe.close();
                }
                XContentBuilder builder = channel.newBuilder();
                builder.startObject().field("flag", canaryFlag).field("enabled", canary).endObject();
                channel.sendResponse(new BytesRestResponse(RestStatus.OK, builder));
            };
        }

        PostHogCredentials.KeyKind apiKey = credentials.preferredPollerKind();
        logger.info("flags config requested, local evaluation api key kind {}", apiKey);
        final FlagsDiagnosticsResponse diagnostics = FlagsDiagnosticsResponse.from(credentials, pollIntervalSeconds);
        return channel -> channel.sendResponse(new BytesRestResponse(RestStatus.OK, diagnostics.toXContent(channel.newBuilder(), ToXContent.EMPTY_PARAMS)));
    }
}
