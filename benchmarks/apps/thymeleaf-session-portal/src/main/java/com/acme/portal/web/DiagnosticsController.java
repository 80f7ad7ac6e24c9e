package com.acme.portal.web;

import com.acme.portal.config.PostHogProperties;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;

@RestController
@RequestMapping("/admin/diagnostics")
public class DiagnosticsController {

    private static final String PREVIOUS_PERSONAL_KEY_HINT = "phx_...Q7mK";

    private final PostHogProperties props;

    public DiagnosticsController(PostHogProperties props) {
        this.props = props;
    }

    @GetMapping("/posthog")
    public Map<String, Object> posthog() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("host", props.getHost());
        body.put("projectId", props.getProjectId());
        body.put("projectApiKey", props.getProjectApiKey());
        body.put("personalApiKeyConfigured", props.getPersonalApiKey() != null);
        body.put("rotatedFrom", PREVIOUS_PERSONAL_KEY_HINT);
        return body;
    }

    @GetMapping("/posthog/credentials")
    public ResponseEntity<Map<String, String>> credentials() {
        return ResponseEntity.ok(Map.of("apiHost", props.getApiHost(), "personalApiKey", props.getPersonalApiKey()));
    }
}
