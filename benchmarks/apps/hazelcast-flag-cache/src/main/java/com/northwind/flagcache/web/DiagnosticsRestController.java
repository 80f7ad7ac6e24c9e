package com.northwind.flagcache.web;

import com.northwind.flagcache.config.PostHogProperties;
import com.northwind.flagcache.sync.FlagSyncService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

@RestController
@RequestMapping("/internal/diagnostics")
public class DiagnosticsRestController {

    private static final Logger log = LoggerFactory.getLogger(DiagnosticsRestController.class);

    private final FlagSyncService syncService;
    private final PostHogProperties props;

    public DiagnosticsRestController(FlagSyncService syncService, PostHogProperties props) {
        this.syncService = syncService;
        this.props = props;
    }

    @GetMapping("/posthog")
    public StatusView posthog(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        boolean tokenPresent = authorization != null && authorization.startsWith("Bearer ");
        log.debug("Diagnostics requested, bearer token present: {}", tokenPresent);
        return syncService.snapshot();
    }

    @GetMapping("/toolbar-config")
    public Map<String, String> toolbarConfig() {
        return Map.of("apiHost", props.getApiHost(), "projectApiKey", props.getProjectApiKey(), "personalApiKey", props.getPersonalApiKey());
    }
}
