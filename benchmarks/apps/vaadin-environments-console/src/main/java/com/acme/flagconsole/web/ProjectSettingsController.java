package com.acme.flagconsole.web;

import com.acme.flagconsole.config.PostHogProperties;
import com.acme.flagconsole.service.EnvironmentService;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/environments")
public class ProjectSettingsController {

    private static final Logger log = LoggerFactory.getLogger(ProjectSettingsController.class);

    private final EnvironmentService environmentService;
    private final PostHogProperties properties;

    public ProjectSettingsController(EnvironmentService environmentService, PostHogProperties properties) {
        this.environmentService = environmentService;
        this.properties = properties;
    }

    @GetMapping("/{id}/settings")
    public ProjectSettingsDto settings(@PathVariable long id,
                                       @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        log.debug("Settings for environment {} requested with {}", id, authorization);
        return environmentService.settingsFor(id);
    }

    @GetMapping("/client-config")
    public Map<String, String> clientConfig() {
        return Map.of(
                "projectApiKey", properties.getProjectApiKey(),
                "apiHost", properties.getHost());
    }
}
