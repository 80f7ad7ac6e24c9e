package com.acme.flags.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.acme.flags.config.PostHogProperties;

public final class PostHogConnectionInfo {

    private final String host;
    private final String projectApiKey;
    private final String personalApiKey;
    private final int pollIntervalSeconds;
    private final Instant lastPollAt;

    private PostHogConnectionInfo(String host, String projectApiKey, String personalApiKey,
                                  int pollIntervalSeconds, Instant lastPollAt) {
        this.host = host;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.pollIntervalSeconds = pollIntervalSeconds;
        this.lastPollAt = lastPollAt;
    }

    public static PostHogConnectionInfo from(PostHogProperties properties, Instant lastPollAt) {
        return new PostHogConnectionInfo(
                properties.getHost(),
                properties.getProjectApiKey(),
                properties.getPersonalApiKey(),
                properties.getPollIntervalSeconds(),
                lastPollAt);
    }

    public boolean localEvaluationEnabled() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    public Map<String, Object> publicView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("host", host);
        view.put("projectApiKey", projectApiKey);
        view.put("localEvaluation", localEvaluationEnabled());
        view.put("pollIntervalSeconds", pollIntervalSeconds);
        view.put("lastPollAt", lastPollAt);
        return view;
    }

    @Override
    public String toString() {
        return "PostHogConnectionInfo{"
                + "host='" + host + '\''
                + ", projectApiKey='" + projectApiKey + '\''
                + ", personalApiKey='" + personalApiKey + '\''
                + ", pollIntervalSeconds=" + pollIntervalSeconds
                + ", lastPollAt=" + lastPollAt
                + '}';
    }
}
