package io.tidewell.beacon.web;

import io.tidewell.beacon.config.PostHogProperties;
import io.tidewell.beacon.flags.FlagSyncJob;
import io.tidewell.beacon.support.PostHogDefaults;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
public class DashboardController {

    private final PostHogProperties props;
    private final FlagSyncJob flagSyncJob;

    public DashboardController(PostHogProperties props, FlagSyncJob flagSyncJob) {
        this.props = props;
        this.flagSyncJob = flagSyncJob;
    }

    @GetMapping({"/", "/dashboard"})
    public String dashboard(Model model) {
        model.addAttribute("snapshot", flagSyncJob.latestSnapshot());
        model.addAttribute("posthogHost", props.host());
        model.addAttribute("posthogProjectKey", props.projectApiKey());
        model.addAttribute("consoleAnalyticsKey", PostHogDefaults.CONSOLE_PROJECT_KEY);
        // the flag editor widget calls /api/projects/@current/feature_flags/ straight from the browser
        model.addAttribute("flagsApiKey", props.localEvaluationKey());
        return "dashboard";
    }
}
