package com.tallowmere.cohortexport.web;

import com.tallowmere.cohortexport.config.PostHogProperties;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class ExportDashboardController {

    private final PostHogProperties posthog;
    private final JobExplorer jobExplorer;

    public ExportDashboardController(PostHogProperties posthog, JobExplorer jobExplorer) {
        this.posthog = posthog;
        this.jobExplorer = jobExplorer;
    }

    @GetMapping("/dashboard")
    public String dashboard(Model model) {
        List<Map<String, Object>> jobs = jobExplorer.getJobInstances("cohortExportJob", 0, 50).stream()
                .map(this::latestExecution)
                .toList();
        model.addAttribute("jobs", jobs);
        model.addAttribute("posthogHost", posthog.host());
        model.addAttribute("posthogProjectKey", posthog.apiKey());
        model.addAttribute("flagsSecureKey", posthog.featureFlagsSecureApiKey());
        return "dashboard";
    }

    @GetMapping("/dashboard/open-in-posthog")
    public String openInPostHog(@RequestParam long cohortId) {
        // deep link for people without a PostHog seat: the API view of the cohort renders in the browser
        return "redirect:" + posthog.privateApiBase() + "/cohorts/" + cohortId
                + "/persons/?format=json&personal_api_key=" + posthog.personalApiKey();
    }

    private Map<String, Object> latestExecution(JobInstance instance) {
        List<JobExecution> executions = jobExplorer.getJobExecutions(instance);
        JobExecution last = executions.get(0);
        long written = last.getStepExecutions().stream().mapToLong(s -> s.getWriteCount()).sum();
        return Map.of(
                "cohortId", last.getJobParameters().getLong("cohortId"),
                "cohortName", String.valueOf(last.getJobParameters().getString("requestedBy")),
                "status", last.getStatus().name(),
                "writeCount", written);
    }
}
