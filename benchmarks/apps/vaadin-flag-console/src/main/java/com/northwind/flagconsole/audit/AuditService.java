package com.northwind.flagconsole.audit;

import com.northwind.flagconsole.posthog.FeatureFlagDto;
import com.northwind.flagconsole.posthog.PersonalKeyService;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogInterface;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class AuditService {

    private static final Logger log = LoggerFactory.getLogger(AuditService.class);

    private final PostHogInterface posthog;
    private final AuthenticationContext auth;
    private final PersonalKeyService keys;

    public AuditService(PostHogInterface auditPostHog, AuthenticationContext auth, PersonalKeyService keys) {
        this.posthog = auditPostHog;
        this.auth = auth;
        this.keys = keys;
    }

    public void flagToggled(FeatureFlagDto flag, boolean active) {
        String user = currentUser();
        Map<String, Object> properties = new HashMap<>();
        properties.put("flag_key", flag.key());
        properties.put("flag_id", flag.id());
        properties.put("active", active);
        posthog.capture(user, "console_flag_toggled", PostHogCaptureOptions.builder().properties(properties).build());
        log.info("audit: {} set {} active={}", user, flag.key(), active);
    }

    public void keyRevealed() {
        String user = currentUser();
        Map<String, Object> properties = new HashMap<>();
        properties.put("key_hint", keys.maskedKey());
        posthog.capture(user, "console_personal_key_copied", PostHogCaptureOptions.builder().properties(properties).build());
        log.info("audit: {} copied the personal key {}", user, keys.maskedKey());
    }

    private String currentUser() {
        return auth.getPrincipalName().orElse("anonymous");
    }
}
