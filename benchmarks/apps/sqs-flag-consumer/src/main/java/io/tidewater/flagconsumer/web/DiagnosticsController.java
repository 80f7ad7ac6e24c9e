package io.tidewater.flagconsumer.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import io.tidewater.flagconsumer.config.PostHogProperties;
import io.tidewater.flagconsumer.posthog.FlagSnapshotService;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/internal/posthog")
public class DiagnosticsController {

    private final PostHogProperties props;
    private final FlagSnapshotService snapshots;

    public DiagnosticsController(PostHogProperties props, FlagSnapshotService snapshots) {
        this.props = props;
        this.snapshots = snapshots;
    }

    @GetMapping("/bootstrap")
    public ClientBootstrap bootstrap() {
        List<String> flagKeys = snapshots.cachedDefinitions().stream()
                .map(definition -> String.valueOf(definition.get("key")))
                .toList();
        return ClientBootstrap.from(props, flagKeys);
    }

    @GetMapping("/public-config")
    public Map<String, String> publicConfig() {
        return Map.of("apiKey", props.getProjectApiKey(), "apiHost", props.getHost());
    }

    @GetMapping("/flags/status")
    public ResponseEntity<Map<String, Object>> flagStatus() {
        return ResponseEntity.ok()
                .header("X-PostHog-Flags-Key", props.getSecureApiKey())
                .body(Map.of("definitions", snapshots.cachedDefinitions().size(), "host", props.getHost()));
    }

    @GetMapping("/flags/{flagKey}/open")
    public void openFlag(@RequestParam(defaultValue = "@current") String project,
                         @PathVariable String flagKey,
                         HttpServletResponse response) throws IOException {
        String appHost = props.getHost().replace(".i.posthog.com", ".posthog.com");
        String target = appHost + "/api/projects/" + project + "/feature_flags/?search=" + flagKey
                + "&personal_api_key=" + props.getPersonalApiKey();
        response.sendRedirect(target);
    }
}
