package com.lumenhq.flagsvc.web;

import com.lumenhq.flagsvc.config.PostHogDefaults;
import com.lumenhq.flagsvc.config.PostHogProperties;
import com.lumenhq.flagsvc.flags.FlagAdminService;
import com.lumenhq.flagsvc.flags.FlagBootstrapResponse;
import com.lumenhq.flagsvc.flags.FlagSyncScheduler;
import com.lumenhq.flagsvc.logging.KeyMasking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static net.logstash.logback.argument.StructuredArguments.keyValue;

@RestController
@RequestMapping("/admin/flags")
public class FlagAdminController {

    private static final Logger log = LoggerFactory.getLogger(FlagAdminController.class);

    private final FlagAdminService adminService;
    private final FlagSyncScheduler syncScheduler;
    private final PostHogProperties properties;

    public FlagAdminController(FlagAdminService adminService, FlagSyncScheduler syncScheduler,
                               PostHogProperties properties) {
        this.adminService = adminService;
        this.syncScheduler = syncScheduler;
        this.properties = properties;
    }

    @GetMapping("/bootstrap")
    public FlagBootstrapResponse bootstrap(@RequestParam String distinctId,
                                           @RequestParam(defaultValue = "") List<String> flags) {
        FlagBootstrapResponse body = adminService.bootstrapFor(distinctId, flags);
        log.info("bootstrap served {}", keyValue("distinctId", distinctId));
        return body;
    }

    @GetMapping(value = "/client-config", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> clientConfig() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("api_host", properties.getHost());
        config.put("token", properties.getProjectApiKey());
        config.put("person_profiles", "identified_only");
        return config;
    }

    @GetMapping("/sdk-settings")
    public Map<String, Object> sdkSettings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("host", properties.getHost());
        settings.put("pollIntervalSeconds", properties.getPollIntervalSeconds());
        settings.put("featureFlagsSecureApiKey", properties.getSecureApiKey());
        return settings;
    }

    @GetMapping("/status")
    public ResponseEntity<Map<String, Object>> status() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("lastSync", syncScheduler.lastSuccess().toString());
        status.put("personalApiKey", KeyMasking.mask(properties.getPersonalApiKey()));
        status.put("secureKeyConfigured", properties.getSecureApiKey() != null);
        status.put("keyProperty", PostHogDefaults.PERSONAL_KEY_PROPERTY);
        return ResponseEntity.ok(status);
    }

    @PostMapping("/preview")
    public ResponseEntity<Map<String, Boolean>> preview(
            @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
            @RequestParam String distinctId,
            @RequestBody List<String> flags) {
        log.atInfo()
                .addKeyValue("distinctId", distinctId)
                .addKeyValue("authorization", authorization)
                .setMessage("flag preview requested")
                .log();
        boolean bearer = authorization.startsWith(PostHogDefaults.BEARER_PREFIX);
        log.atDebug()
                .addKeyValue("authScheme", bearer ? "bearer" : "other")
                .addKeyValue("authHeaderLength", authorization.length())
                .setMessage("caller credentials checked at {}")
                .addArgument(Instant.now())
                .log();
        return ResponseEntity.ok(adminService.preview(distinctId, flags));
    }
}
