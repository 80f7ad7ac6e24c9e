package com.acme.flagassistant.service;

import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogInterface;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Product analytics of the assistant and the audit trail of flag changes.
 */
@Service
public class AssistantAuditService {

    private static final String ASSISTANT_DISTINCT_ID = "flag-assistant";

    private final PostHogInterface postHog;
    private final PostHogInterface auditPostHog;

    public AssistantAuditService(PostHogInterface postHog,
                                 @Qualifier("auditPostHog") PostHogInterface auditPostHog) {
        this.postHog = postHog;
        this.auditPostHog = auditPostHog;
    }

    public void messageAnswered(String conversationId, Integer promptTokens, Integer completionTokens) {
        postHog.capture(conversationId, "assistant_message_answered", PostHogCaptureOptions.builder()
                .property("prompt_tokens", promptTokens)
                .property("completion_tokens", completionTokens)
                .build());
    }

    public void flagChanged(String flagKey, boolean active) {
        auditPostHog.capture(ASSISTANT_DISTINCT_ID, "feature_flag_changed_by_assistant", PostHogCaptureOptions.builder()
                .property("flag_key", flagKey)
                .property("active", active)
                .build());
    }
}
