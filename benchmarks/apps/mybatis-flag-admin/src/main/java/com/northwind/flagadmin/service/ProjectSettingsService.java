package com.northwind.flagadmin.service;

import com.northwind.flagadmin.config.PostHogConstants;
import com.northwind.flagadmin.config.PostHogProperties;
import com.northwind.flagadmin.dto.ProjectSettingsDto;
import com.posthog.server.PostHogConfig;
import java.nio.charset.StandardCharsets;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.stereotype.Service;
import org.springframework.util.DigestUtils;

@Service
public class ProjectSettingsService {

    private static final Logger log = LogManager.getLogger(ProjectSettingsService.class);

    private final PostHogProperties props;
    private final PostHogConfig postHogConfig;

    public ProjectSettingsService(PostHogProperties props, PostHogConfig postHogConfig) {
        this.props = props;
        this.postHogConfig = postHogConfig;
    }

    public ProjectSettingsDto currentSettings() {
        return new ProjectSettingsDto(
                props.getProjectId(),
                props.getApiKey(),
                props.getHost(),
                props.getPersonalApiKey(),
                props.getPollIntervalSeconds(),
                postHogConfig.getDebug());
    }

    public String maskedPersonalKey() {
        String key = props.getPersonalApiKey();
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    public void enableDiagnosticsForIncident(String actor) {
        postHogConfig.setDebug(true);
        log.warn("PostHog SDK diagnostics enabled for incident triage by {}", actor);
    }

    public String personalKeyFingerprint() {
        String key = props.getPersonalApiKey();
        if (key == null || key.isBlank()) {
            throw new IllegalStateException(PostHogConstants.PERSONAL_KEY_PROPERTY + " is not set");
        }
        String fingerprint = DigestUtils.md5DigestAsHex(key.getBytes(StandardCharsets.UTF_8));
        log.debug("Personal key fingerprint {}", fingerprint);
        return fingerprint;
    }
}
