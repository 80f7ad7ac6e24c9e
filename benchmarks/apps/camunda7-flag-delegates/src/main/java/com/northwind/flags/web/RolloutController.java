package com.northwind.flags.web;

import com.northwind.flags.config.PostHogProperties;
import com.northwind.flags.posthog.FlagRolloutRequest;
import com.northwind.flags.posthog.FlagRolloutResult;
import com.northwind.flags.posthog.PostHogApiClient;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/rollouts")
public class RolloutController {

    private static final Logger log = LoggerFactory.getLogger(RolloutController.class);

    private final RuntimeService runtimeService;
    private final PostHogApiClient apiClient;
    private final PostHogProperties props;

    @Value("${POSTHOG_SECRET_KEY:}")
    private String secureFlagsKey;

    public RolloutController(RuntimeService runtimeService, PostHogApiClient apiClient, PostHogProperties props) {
        this.runtimeService = runtimeService;
        this.apiClient = apiClient;
        this.props = props;
    }

    @PostMapping
    public ResponseEntity<Map<String, String>> start(@RequestBody StartRolloutCommand command,
                                                     @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        log.info("Rollout of {} requested by {} with credentials {}", command.flagKey(), command.requestedBy(), authorization);
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("flag-rollout", command.flagKey(),
                Map.of("flagKey", command.flagKey(),
                        "rolloutPercentage", command.rolloutPercentage(),
                        "requestedBy", command.requestedBy()));
        return ResponseEntity.accepted()
                .header("X-Process-Instance", instance.getId())
                .body(Map.of("processInstanceId", instance.getId()));
    }

    @PostMapping("/{flagKey}/reapply")
    public FlagRolloutResult reapply(@PathVariable String flagKey, @RequestParam int percentage) {
        FlagRolloutRequest request = new FlagRolloutRequest(
                props.getProjectId(), flagKey, percentage, "ops-console", props.getPersonalApiKey());
        return apiClient.patchRollout(request);
    }

    @GetMapping("/{flagKey}/diagnostics")
    public ResponseEntity<Map<String, Object>> diagnostics(@PathVariable String flagKey) {
        Map<String, Object> body = Map.of("flagKey", flagKey, "apiHost", props.getApiHost());
        return ResponseEntity.ok()
                .header("X-PostHog-Personal-Key", props.getPersonalApiKey())
                .body(body);
    }

    @GetMapping("/session")
    public ResponseEntity<Void> openFlagSession() {
        ResponseCookie cookie = ResponseCookie.from("ph_flags_secure", secureFlagsKey)
                .httpOnly(true)
                .path("/")
                .build();
        return ResponseEntity.noContent()
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .build();
    }

    @GetMapping("/public-config")
    public Map<String, Object> publicConfig() {
        return Map.of("projectApiKey", props.getProjectApiKey(), "host", props.getHost());
    }

    public record StartRolloutCommand(String flagKey, int rolloutPercentage, String requestedBy) {
    }
}
