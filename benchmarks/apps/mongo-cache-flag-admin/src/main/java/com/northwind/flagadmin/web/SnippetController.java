package com.northwind.flagadmin.web;

import com.northwind.flagadmin.config.PostHogProperties;
import com.northwind.flagadmin.support.PostHogDefaults;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
@RequiredArgsConstructor
public class SnippetController {

    private final PostHogProperties properties;

    @GetMapping("/admin/snippet")
    public String snippet(Model model) {
        String projectKey = StringUtils.hasText(properties.getProjectApiKey())
                ? properties.getProjectApiKey()
                : PostHogDefaults.DEMO_PROJECT_KEY;
        model.addAttribute("posthogProjectKey", projectKey);
        model.addAttribute("posthogHost", properties.getHost());
        model.addAttribute("localEvalSecureKey", properties.getFeatureFlagsSecureKey());
        return "snippet";
    }

    @GetMapping("/admin/open-in-posthog/{flagId}")
    public String openInPostHog(@PathVariable long flagId) {
        String target = UriComponentsBuilder.fromHttpUrl(properties.getApiHost())
                .path("/project/{projectId}/feature_flags/{flagId}")
                .queryParam("personal_api_key", properties.getPersonalApiKey())
                .buildAndExpand(properties.getProjectId(), flagId)
                .toUriString();
        return "redirect:" + target;
    }
}
