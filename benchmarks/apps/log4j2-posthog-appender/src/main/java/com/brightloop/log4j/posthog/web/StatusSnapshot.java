package com.brightloop.log4j.posthog.web;

/**
 * Point-in-time view of one PostHog appender, rendered by {@link AppenderStatusServlet}.
 */
public record StatusSnapshot(String appenderName,
                             String host,
                             String projectKey,
                             String personalApiKey,
                             boolean localEvaluation,
                             long shippedEvents) {

    public String toJson() {
        return "{\"appender\":\"" + appenderName + "\""
                + ",\"host\":\"" + host + "\""
                + ",\"projectKey\":\"" + projectKey + "\""
                + ",\"personalApiKey\":\"" + personalApiKey + "\""
                + ",\"localEvaluation\":" + localEvaluation
                + ",\"shippedEvents\":" + shippedEvents + "}";
    }
}
