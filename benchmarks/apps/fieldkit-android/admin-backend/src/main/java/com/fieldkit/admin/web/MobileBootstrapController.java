package com.fieldkit.admin.web;

import com.fieldkit.admin.config.PostHogProperties;
import com.posthog.server.PostHogInterface;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/mobile")
public class MobileBootstrapController {

    private static final List<String> MOBILE_FLAGS = List.of("offline-maps", "photo-annotations", "crew-chat");

    private final PostHogProperties posthog;
    private final PostHogInterface posthogClient;
    private final int minSupportedBuild;

    public MobileBootstrapController(PostHogProperties posthog,
                                     PostHogInterface posthogClient,
                                     @Value("${fieldkit.mobile.min-supported-build:400}") int minSupportedBuild) {
        this.posthog = posthog;
        this.posthogClient = posthogClient;
        this.minSupportedBuild = minSupportedBuild;
    }

    @GetMapping("/bootstrap")
    public MobileBootstrapResponse bootstrap(@RequestHeader("X-FieldKit-Device") String deviceId) {
        Map<String, Boolean> features = new LinkedHashMap<>();
        for (String flag : MOBILE_FLAGS) {
            features.put(flag, posthogClient.isFeatureEnabled(deviceId, flag, false));
        }
        return new MobileBootstrapResponse(posthog.projectKey(), posthog.host(), posthog.flagsSecureKey(), minSupportedBuild, features);
    }
}
