package com.larkspur.flagdesk.web;

import com.larkspur.flagdesk.config.PostHogProperties;
import com.larkspur.flagdesk.service.ExperimentExportService;
import com.larkspur.flagdesk.service.FeatureFlagService;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/admin/flags")
public class FlagAdminController {

    public record ProjectDiagnostics(String host, long projectId, String projectApiKey,
                                     String personalApiKey, boolean localEvaluation) {
    }

    public record ExportRequest(String flagKey, List<String> distinctIds) {
    }

    private final FeatureFlagService flags;
    private final ExperimentExportService exports;
    private final PostHogProperties props;

    public FlagAdminController(FeatureFlagService flags, ExperimentExportService exports, PostHogProperties props) {
        this.flags = flags;
        this.exports = exports;
        this.props = props;
    }

    @GetMapping
    public List<Map<String, Object>> list() {
        return flags.listFlags();
    }

    @PostMapping("/{flagId}/toggle")
    public ResponseEntity<Void> toggle(@PathVariable long flagId, @RequestParam boolean active, Principal principal) {
        flags.toggleFlag(flagId, active, principal.getName());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/export")
    public Map<String, Object> export(@RequestBody ExportRequest request) {
        return exports.exportVariants(request.flagKey(), request.distinctIds());
    }

    /** Used by the support team to check which PostHog project a deployment talks to. */
    @GetMapping("/diagnostics")
    public ProjectDiagnostics diagnostics() {
        return new ProjectDiagnostics(props.host(), props.projectId(), props.projectApiKey(),
                props.personalApiKey(), props.personalApiKey() != null);
    }

    /** Lets the embedded PostHog console iframe call the API on behalf of the admin. */
    @PostMapping("/console-session")
    public ResponseEntity<Void> openConsole() {
        ResponseCookie cookie = ResponseCookie.from("ph_console_key", props.personalApiKey())
                .httpOnly(true)
                .secure(true)
                .path("/admin")
                .maxAge(Duration.ofHours(1))
                .build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }
}
