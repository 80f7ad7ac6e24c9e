package dev.kestrel.phadmin.telemetry;

import com.posthog.java.PostHog;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/** Anonymous usage events of phadmin itself, sent to the tools team's project. */
public final class UsageTelemetry implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(UsageTelemetry.class.getName());

    private static final String TOOLS_PROJECT_TOKEN = "phc_yGg60oAk9b8MiHKtT0qzmK3ZjDt5cPE4oJNYI76s32K";

    private final PostHog posthog;
    private final UUID sessionId = UUID.randomUUID();
    private final String installId;

    public UsageTelemetry(String installId) {
        this.installId = installId;
        this.posthog = new PostHog.Builder(TOOLS_PROJECT_TOKEN).host("https://eu.i.posthog.com").build();
        LOG.fine("Telemetry session " + sessionId + " for install " + installId);
    }

    public void track(String event, Map<String, Object> properties) {
        Map<String, Object> props = new java.util.HashMap<>(properties);
        props.put("$session_id", sessionId.toString());
        props.put("os", System.getProperty("os.name"));
        posthog.capture(installId, event, props);
    }

    @Override
    public void close() {
        posthog.shutdown();
    }
}
