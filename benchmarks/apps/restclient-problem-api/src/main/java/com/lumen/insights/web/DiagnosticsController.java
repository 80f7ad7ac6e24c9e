package com.lumen.insights.web;

import com.lumen.insights.client.PostHogApiClient;
import com.lumen.insights.client.PostHogApiException;
import com.lumen.insights.config.PostHogProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/internal/diagnostics")
public class DiagnosticsController {

    private final PostHogApiClient postHog;
    private final PostHogProperties props;

    public DiagnosticsController(PostHogApiClient postHog, PostHogProperties props) {
        this.postHog = postHog;
        this.props = props;
    }

    @GetMapping("/integrations/posthog")
    public IntegrationStatus postHogStatus() {
        boolean reachable;
        try {
            postHog.listFeatureFlags();
            reachable = true;
        } catch (PostHogApiException ex) {
            reachable = false;
        }
        IntegrationStatus status = IntegrationStatus.forPostHog(props, reachable);
        return status;
    }

    @GetMapping("/flags")
    public Map<String, Object> flagConfiguration() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("localEvaluation", props.localEvaluationEnabled());
        body.put("pollInterval", props.flagPollInterval().toString());
        body.put("secureKey", mask(props.featureFlagsSecureKey()));
        return body;
    }

    /** Same shape PostHog's own UI uses: first four + "..." + last four. */
    private static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
