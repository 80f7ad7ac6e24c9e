package com.acme.exporter.web;

import com.acme.exporter.batch.ExportJobConfig;
import com.acme.exporter.config.PostHogProperties;
import com.acme.exporter.util.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.security.Principal;

@Controller
@RequestMapping("/admin")
public class AdminController {

    private static final Logger log = LoggerFactory.getLogger(AdminController.class);

    private final JobLauncher jobLauncher;
    private final Job exportEventsJob;
    private final JobExplorer jobExplorer;
    private final PostHogProperties props;

    public AdminController(JobLauncher jobLauncher, Job exportEventsJob, JobExplorer jobExplorer,
                           PostHogProperties props) {
        this.jobLauncher = jobLauncher;
        this.exportEventsJob = exportEventsJob;
        this.jobExplorer = jobExplorer;
        this.props = props;
    }

    @GetMapping
    public String dashboard(Model model) {
        model.addAttribute("projectApiKey", props.getProjectApiKey());
        model.addAttribute("posthogHost", props.getHost());
        // shown in the "API access" panel so admins can copy it into notebooks
        model.addAttribute("personalApiKey", props.getPersonalApiKey());
        model.addAttribute("recentRuns", jobExplorer.getJobInstances(ExportJobConfig.JOB_NAME, 0, 20));
        return "admin";
    }

    @PostMapping("/exports")
    public String launch(@RequestParam String after, Principal principal, RedirectAttributes redirect)
            throws Exception {
        JobParameters params = new JobParametersBuilder()
                .addString("after", after)
                .addString("requestedBy", principal.getName())
                .addString("posthogToken", props.getOauthAccessToken(), false)
                .addLong("run.ts", System.currentTimeMillis())
                .toJobParameters();
        log.info("Launching {} with {}", ExportJobConfig.JOB_NAME, params);
        JobExecution execution = jobLauncher.run(exportEventsJob, params);
        String keyHint = Masking.mask(props.getPersonalApiKey());
        redirect.addFlashAttribute("message", "Export #" + execution.getId() + " started with key " + keyHint);
        return "redirect:/admin";
    }

    @GetMapping("/exports/{exportId}/download")
    public String download(@PathVariable long exportId) {
        // let the browser stream the file straight from PostHog instead of proxying it
        return "redirect:" + props.getApiHost() + "/api/projects/" + props.getProjectId() + "/exports/" + exportId + "/content?personal_api_key=" + props.getPersonalApiKey();
    }
}
