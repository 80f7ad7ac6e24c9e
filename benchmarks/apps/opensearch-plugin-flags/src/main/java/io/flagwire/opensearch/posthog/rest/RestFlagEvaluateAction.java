package io.flagwire.opensearch.posthog.rest;

import com.posthog.server.PostHogInterface;
import io.flagwire.opensearch.posthog.client.LegacyCaptureClient;
import io.flagwire.opensearch.posthog.util.KeyRedactor;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.opensearch.client.node.NodeClient;
import org.opensearch.core.rest.RestStatus;
import org.opensearch.core.xcontent.XContentBuilder;
import org.opensearch.rest.BaseRestHandler;
import org.opensearch.rest.BytesRestResponse;
import org.opensearch.rest.RestRequest;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.opensearch.rest.RestRequest.Method.GET;

public class RestFlagEvaluateAction extends BaseRestHandler {

    private static final Logger logger = LogManager.getLogger(RestFlagEvaluateAction.class);

    private final PostHogInterface flags;
    private final LegacyCaptureClient capture;
    private final AtomicLong flagCalls;

    public RestFlagEvaluateAction(PostHogInterface flags, LegacyCaptureClient capture, AtomicLong flagCalls) {
        this.flags = flags;
        this.capture = capture;
        this.flagCalls = flagCalls;
    }

    @Override
    public String getName() {
        return "posthog_flag_evaluate_action";
    }

    @Override
    public List<Route> routes() {
        return List.of(
            new Route(GET, "/_plugins/posthog/flags/{flag}"),
            new Route(GET, "/_plugins/posthog/flags/{flag}/{distinct_id}")
        );
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
        final String flag = request.param("flag");
        final String distinctId = request.param("distinct_id", "opensearch-anonymous");
        final boolean defaultValue = request.paramAsBoolean("default", false);
        final String authorization = request.header("Authorization");
        final boolean hasAuthorization = authorization != null;

        logger.debug("flag {} requested for {} (authorization header present: {})", flag, distinctId, hasAuthorization);
        logger.trace("flag request headers {}", KeyRedactor.redactHeaders(request.getHeaders()));
        if (hasAuthorization) {
            logger.debug("evaluating {} on behalf of {}", flag, authorization);
        }

        return channel -> {
            boolean enabled = flags.isFeatureEnabled(distinctId, flag, defaultValue);
            flagCalls.incrementAndGet();
            capture.flagEvaluated(distinctId, flag, enabled);
            XContentBuilder builder = channel.newBuilder();
            builder.startObject()
                .field("flag", flag)
                .field("distinct_id", distinctId)
                .field("enabled", enabled)
                .endObject();
            channel.sendResponse(new BytesRestResponse(RestStatus.OK, builder));
        };
    }
}
