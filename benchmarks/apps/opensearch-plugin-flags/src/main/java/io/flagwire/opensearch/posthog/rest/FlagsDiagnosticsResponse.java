package io.flagwire.opensearch.posthog.rest;

import io.flagwire.opensearch.posthog.settings.PostHogCredentials;
import org.opensearch.core.xcontent.ToXContentObject;
import org.opensearch.core.xcontent.XContentBuilder;

import java.io.IOException;

public final class FlagsDiagnosticsResponse implements ToXContentObject {

    private final String host;
    private final String projectApiKey;
    private final PostHogCredentials.KeyKind pollerKind;
    private final String pollerKey;
    private final int pollIntervalSeconds;

    private FlagsDiagnosticsResponse(String host, String projectApiKey, PostHogCredentials.KeyKind pollerKind,
                                     String pollerKey, int pollIntervalSeconds) {
        this.host = host;
        this.projectApiKey = projectApiKey;
        this.pollerKind = pollerKind;
        this.pollerKey = pollerKey;
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    public static FlagsDiagnosticsResponse from(PostHogCredentials credentials, int pollIntervalSeconds) {
        return new FlagsDiagnosticsResponse(
            credentials.host(),
            credentials.projectApiKey(),
            credentials.preferredPollerKind(),
            credentials.pollerKey(),
            pollIntervalSeconds
        );
    }

    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        builder.startObject();
        builder.field("host", host);
        builder.field("project_api_key", projectApiKey);
        builder.startObject("local_evaluation");
        builder.field("key_kind", pollerKind.name().toLowerCase(java.util.Locale.ROOT));
        builder.field("key", pollerKey);
        builder.field("poll_interval_seconds", pollIntervalSeconds);
        builder.endObject();
        builder.endObject();
        return builder;
    }
}
