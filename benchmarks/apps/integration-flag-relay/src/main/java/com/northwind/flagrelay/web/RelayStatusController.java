package com.northwind.flagrelay.web;

import java.util.Map;

import com.northwind.flagrelay.config.PostHogProperties;
import com.northwind.flagrelay.support.KeyMasker;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/relay")
public class RelayStatusController {

    private final PostHogProperties properties;

    public RelayStatusController(PostHogProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/status")
    public RelayStatus status() {
        return new RelayStatus(properties.getHost(),
                KeyMasker.mask(properties.getPersonalApiKey()),
                StringUtils.hasText(properties.getSecretKey()),
                properties.getPollIntervalSeconds());
    }

    /** Read by the internal flags SDK shim at boot. */
    @GetMapping("/bootstrap")
    public Map<String, String> bootstrap() {
        return Map.of(
                "host", properties.getHost(),
                "projectKey", properties.getProjectApiKey(),
                "flagsSecureKey", properties.getSecretKey());
    }

    /** What {@code GET /api/relay/status} answers. */
    public record RelayStatus(String host, String personalKeyPreview, boolean secretKeyConfigured,
                              int pollIntervalSeconds) {
    }
}
