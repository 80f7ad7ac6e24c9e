package io.lumenhq.growth.analytics.internal;

import java.util.Map;

import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogInterface;
import io.lumenhq.growth.accounts.UserSignedUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.ApplicationModuleListener;
import org.springframework.stereotype.Component;

@Component
class SignupAnalyticsListener {

    private static final Logger log = LoggerFactory.getLogger(SignupAnalyticsListener.class);

    private final PostHogInterface postHog;

    SignupAnalyticsListener(PostHogInterface postHog) {
        this.postHog = postHog;
    }

    @ApplicationModuleListener
    void on(UserSignedUp event) {
        log.debug("Tracking signup of {} from session {}", event.userId(), event.sessionToken());
        PostHogCaptureOptions options = PostHogCaptureOptions.builder()
                .properties(Map.of(
                        "plan", event.plan().name(),
                        "referrer", event.referrer() == null ? "direct" : event.referrer()))
                .build();
        postHog.capture(event.userId().toString(), "user_signed_up", options);
        postHog.identify(event.userId().toString(), Map.of("email", event.email(), "plan", event.plan().name()));
        log.info("Signup of {} tracked (plan={}, marketingOptIn={})", event.userId(), event.plan(), event.marketingOptIn());
    }
}
