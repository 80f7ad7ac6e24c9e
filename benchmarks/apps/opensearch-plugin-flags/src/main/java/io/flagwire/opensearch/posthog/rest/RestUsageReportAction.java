package io.flagwire.opensearch.posthog.rest;

import io.flagwire.opensearch.posthog.settings.PostHogCredentials;
import io.flagwire.opensearch.posthog.usage.UsageReportException;
import io.flagwire.opensearch.posthog.usage.UsageReporter;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.opensearch.client.node.NodeClient;
import org.opensearch.core.common.bytes.BytesArray;
import org.opensearch.core.rest.RestStatus;
import org.opensearch.core.xcontent.XContentBuilder;
import org.opensearch.rest.BaseRestHandler;
import org.opensearch.rest.BytesRestResponse;
import org.opensearch.rest.RestRequest;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.opensearch.rest.RestRequest.Method.GET;
import static org.opensearch.rest.RestRequest.Method.POST;

public class RestUsageReportAction extends BaseRestHandler {

    private static final Logger logger = LogManager.getLogger(RestUsageReportAction.class);

    private final UsageReporter usageReporter;
    private final PostHogCredentials credentials;
    private final String clusterName;
    private final AtomicLong flagCalls;

    public RestUsageReportAction(UsageReporter usageReporter, PostHogCredentials credentials, String clusterName, AtomicLong flagCalls) {
        this.usageReporter = usageReporter;
        this.credentials = credentials;
        this.clusterName = clusterName;
        this.flagCalls = flagCalls;
    }

    @Override
    public String getName() {
        return "posthog_usage_report_action";
    }

    @Override
    public List<Route> routes() {
        return List.of(
            new Route(POST, "/_plugins/posthog/usage"),
            new Route(GET, "/_plugins/posthog/usage/insights")
        );
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
        if (request.method() == GET) {
            final String target = credentials.privateApiHost() + "/api/projects/@current/insights/?personal_api_key="
                + credentials.personalApiKey();
            return channel -> {
                BytesRestResponse response = new BytesRestResponse(RestStatus.FOUND, BytesRestResponse.TEXT_CONTENT_TYPE, BytesArray.EMPTY);
                response.addHeader("Location", target);
                channel.sendResponse(response);
            };
        }

        final boolean reset = request.paramAsBoolean("reset", false);
        return channel -> {
            long calls = reset ? flagCalls.getAndSet(0) : flagCalls.get();
            try {
                int sent = usageReporter.report(clusterName, calls);
                XContentBuilder builder = channel.newBuilder();
                builder.startObject().field("reported", sent > 0).field("flag_calls", calls).endObject();
                channel.sendResponse(new BytesRestResponse(RestStatus.OK, builder));
            } catch (UsageReportException e) {
                logger.error("usage report to PostHog failed", e);
                channel.sendResponse(new BytesRestResponse(RestStatus.BAD_GATEWAY, e.getMessage()));
            }
        };
    }
}
