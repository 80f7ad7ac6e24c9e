package com.northwind.exporter.web;

import com.northwind.exporter.config.ExportDefaults;
import com.northwind.exporter.config.PostHogProperties;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/export")
public class ExportStatusController {

    private final JobExplorer jobExplorer;
    private final PostHogProperties posthog;

    public ExportStatusController(JobExplorer jobExplorer, PostHogProperties posthog) {
        this.jobExplorer = jobExplorer;
        this.posthog = posthog;
    }

    @GetMapping("/status")
    public ResponseEntity<ExportStatusResponse> status() {
        List<JobInstance> instances = jobExplorer.getJobInstances(ExportDefaults.JOB_NAME, 0, 1);
        if (instances.isEmpty()) {
            return ResponseEntity.noContent().build();
        }
        List<JobExecution> executions = jobExplorer.getJobExecutions(instances.get(0));
        JobExecution latest = executions.get(0);
        return ResponseEntity.ok(ExportStatusResponse.from(latest, posthog));
    }

    @GetMapping("/frontend-config")
    public Map<String, Object> frontendConfig() {
        return Map.of(
                "apiKey", posthog.getProjectApiKey(),
                "apiHost", posthog.getHost());
    }

    @GetMapping("/open-in-posthog")
    public void openInPostHog(HttpServletResponse response) throws IOException {
        String url = posthog.getApiHost() + "/api/projects/" + posthog.getProjectId()
                + "/events/?event=%24exported&personal_api_key=" + posthog.getPersonalApiKey();
        response.sendRedirect(url);
    }

    @PostMapping("/flags-session")
    public ResponseEntity<Void> startFlagsSession(HttpServletResponse response) {
        Cookie cookie = new Cookie("ph_flags_key", posthog.getFeatureFlagsSecureKey());
        cookie.setPath("/export");
        cookie.setHttpOnly(false);
        response.addCookie(cookie);
        return ResponseEntity.noContent().build();
    }
}
