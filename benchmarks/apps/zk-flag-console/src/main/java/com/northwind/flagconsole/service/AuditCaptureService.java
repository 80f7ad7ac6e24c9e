package com.northwind.flagconsole.service;

import com.northwind.flagconsole.config.PostHogSettings;
import com.posthog.java.PostHog;
import org.springframework.stereotype.Service;

import javax.annotation.PreDestroy;
import java.util.HashMap;
import java.util.Map;

/**
 * Sends an audit event to PostHog every time an operator changes a flag.
 * Still on the legacy posthog-java client (migration tracked in FLAG-212).
 */
@Service
public class AuditCaptureService {

    private final PostHog posthog;

    public AuditCaptureService(PostHogSettings settings) {
        this.posthog = new PostHog.Builder(settings.getPersonalApiKey())
                .host(settings.getHost())
                .build();
    }

    public void flagToggled(String operator, String flagKey, boolean active) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("flag_key", flagKey);
        properties.put("active", active);
        properties.put("$process_person_profile", false);
        posthog.capture(operator, "console_flag_toggled", properties);
    }

    @PreDestroy
    public void shutdown() {
        posthog.shutdown();
    }
}
