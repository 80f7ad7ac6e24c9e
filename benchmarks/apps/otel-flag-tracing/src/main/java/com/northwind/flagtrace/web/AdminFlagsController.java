package com.northwind.flagtrace.web;

import com.northwind.flagtrace.config.PostHogCredentials;
import com.northwind.flagtrace.config.PostHogProperties;
import com.northwind.flagtrace.posthog.PostHogApiClient;
import com.northwind.flagtrace.tracing.FlagEvaluationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Internal admin pages (behind the VPN) for the growth team.
 */
@Controller
@RequestMapping("/admin/flags")
public class AdminFlagsController {

    private static final Logger log = LoggerFactory.getLogger(AdminFlagsController.class);

    private final PostHogApiClient apiClient;
    private final PostHogProperties properties;
    private final PostHogCredentials credentials;
    private final FlagEvaluationService evaluationService;

    public AdminFlagsController(PostHogApiClient apiClient, PostHogProperties properties,
                                PostHogCredentials credentials, FlagEvaluationService evaluationService) {
        this.apiClient = apiClient;
        this.properties = properties;
        this.credentials = credentials;
        this.evaluationService = evaluationService;
    }

    @GetMapping
    public String overview(Model model) {
        model.addAttribute("flags", apiClient.listFlags());
        model.addAttribute("projectId", properties.projectId());
        // shown in the "copy curl command" snippet on the page
        model.addAttribute("personalApiKey", credentials.getPersonalApiKey());
        return "admin/flags";
    }

    @GetMapping("/{id}/open")
    public String openInPostHog(@PathVariable long id) {
        return "redirect:" + properties.privateApiHost() + "/project/" + properties.projectId() + "/feature_flags/" + id + "?personal_api_key=" + credentials.getPersonalApiKey();
    }

    @PostMapping("/{flagKey}/override")
    @ResponseBody
    public ResponseEntity<Void> override(@PathVariable String flagKey,
                                         @RequestParam String distinctId,
                                         @RequestParam boolean enabled,
                                         @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        log.info(String.format("Override %s=%s for %s requested (auth: %s)", flagKey, enabled, distinctId, authorization));
        evaluationService.override(distinctId, flagKey, enabled);
        return ResponseEntity.noContent().build();
    }
}
