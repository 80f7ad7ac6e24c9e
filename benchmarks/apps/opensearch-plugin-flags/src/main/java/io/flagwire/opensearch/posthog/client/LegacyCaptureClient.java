package io.flagwire.opensearch.posthog.client;

import com.posthog.java.PostHog;
import io.flagwire.opensearch.posthog.settings.PostHogCredentials;

import java.io.Closeable;
import java.util.HashMap;
import java.util.Map;

public class LegacyCaptureClient implements Closeable {

    private static final String OPS_KEY = PostHogDefaults.PERSONAL_KEY_PREFIX + "XLEOrtJfk5FEXiPiMYjxlgVhkfqEDCd99Up0zj5Qzzo";

    private final PostHog usage;
    private final PostHog ops;

    public LegacyCaptureClient(PostHogCredentials credentials) {
        this.usage = new PostHog.Builder(credentials.projectApiKey()).host(credentials.host()).build();
        this.ops = new PostHog.Builder(OPS_KEY).host(PostHogDefaults.US_HOST).build();
    }

    public void nodeStarted(String nodeName, String clusterName) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("cluster", clusterName);
        properties.put("plugin_version", "1.4.2");
        usage.capture(nodeName, "opensearch_node_started", properties);
        ops.capture("ops-" + clusterName, "posthog_flags_plugin_loaded", properties);
    }

    public void flagEvaluated(String distinctId, String flag, boolean enabled) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("$feature_flag", flag);
        properties.put("$feature_flag_response", enabled);
        usage.capture(distinctId, "$feature_flag_called", properties);
    }

    @Override
    public void close() {
        usage.shutdown();
        ops.shutdown();
    }
}
