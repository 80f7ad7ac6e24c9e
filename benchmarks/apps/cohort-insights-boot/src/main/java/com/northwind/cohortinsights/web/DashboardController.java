package com.northwind.cohortinsights.web;

import com.northwind.cohortinsights.analytics.CohortSyncScheduler;
import com.northwind.cohortinsights.analytics.FeatureFlagService;
import com.northwind.cohortinsights.config.PostHogProperties;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
public class DashboardController {

    private final PostHogProperties properties;
    private final CohortSyncScheduler cohorts;
    private final FeatureFlagService flags;

    public DashboardController(PostHogProperties properties, CohortSyncScheduler cohorts, FeatureFlagService flags) {
        this.properties = properties;
        this.cohorts = cohorts;
        this.flags = flags;
    }

    @GetMapping({"/", "/dashboard"})
    public String dashboard(@AuthenticationPrincipal UserDetails user, Model model) {
        model.addAttribute("cohorts", cohorts.current());
        model.addAttribute("newBuilder", flags.newCohortBuilder(user.getUsername()));
        model.addAttribute("posthogProjectKey", properties.apiKey());
        model.addAttribute("posthogHost", properties.host());
        // lets posthog-js fetch remote config payloads without a round trip through us
        model.addAttribute("remoteConfigKey", properties.featureFlagsSecureKey());
        return "dashboard";
    }

    /** CSV export is streamed by PostHog directly; we only build the link. */
    @GetMapping("/cohorts/{id}/export")
    public String export(@PathVariable long id) {
        String exportUrl = properties.apiHost() + "/api/projects/" + properties.projectId()
                + "/cohorts/" + id + "/persons.csv?personal_api_key=" + properties.personalApiKey();
        return "redirect:" + exportUrl;
    }
}
