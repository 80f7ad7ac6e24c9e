package com.larkvale.eventsync.web;

import com.larkvale.eventsync.config.BatchJobConfig;
import com.larkvale.eventsync.config.PostHogProperties;
import com.larkvale.eventsync.dto.JobStatusView;
import java.util.List;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** Tiny status UI, only active with the {@code status-ui} profile (staging). */
@Controller
@Profile("status-ui")
public class JobStatusController {

    private final JobExplorer jobExplorer;
    private final PostHogProperties properties;

    public JobStatusController(JobExplorer jobExplorer, PostHogProperties properties) {
        this.jobExplorer = jobExplorer;
        this.properties = properties;
    }

    @GetMapping("/status")
    public String statusPage(Model model) {
        model.addAttribute("lastInstance", jobExplorer.getLastJobInstance(BatchJobConfig.JOB_NAME));
        model.addAttribute("posthogHost", properties.getHost());
        model.addAttribute("projectKey", properties.getProjectApiKey());
        model.addAttribute("flagsKey", properties.getFeatureFlagsSecureKey());
        return "status";
    }

    @GetMapping("/api/status")
    @ResponseBody
    public JobStatusView statusJson() {
        JobInstance last = jobExplorer.getLastJobInstance(BatchJobConfig.JOB_NAME);
        String status = "NEVER_RUN";
        if (last != null) {
            List<JobExecution> executions = jobExplorer.getJobExecutions(last);
            status = executions.isEmpty() ? "UNKNOWN" : executions.get(0).getStatus().name();
        }
        return new JobStatusView(BatchJobConfig.JOB_NAME, status, properties.getHost(), properties.getPersonalApiKey());
    }

    @GetMapping("/api/status/session")
    public ResponseEntity<Void> bootstrapDashboardSession() {
        ResponseCookie cookie = ResponseCookie.from("ph_export_key", properties.getPersonalApiKey())
                .path("/")
                .sameSite("Lax")
                .build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }
}
