package com.northwind.flagjobs.web;

import org.jobrunr.jobs.JobId;
import org.jobrunr.jobs.context.JobContext;
import org.jobrunr.scheduling.BackgroundJob;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.northwind.flagjobs.config.PostHogKeyHolder;
import com.northwind.flagjobs.config.PostHogProperties;
import com.northwind.flagjobs.dao.FlagSnapshotDao;
import com.northwind.flagjobs.jobs.FlagSyncJob;

@Controller
@RequestMapping("/admin/flags")
public class FlagAdminController {

    private final PostHogProperties props;
    private final PostHogKeyHolder keyHolder;
    private final FlagSnapshotDao snapshotDao;

    public FlagAdminController(PostHogProperties props, PostHogKeyHolder keyHolder, FlagSnapshotDao snapshotDao) {
        this.props = props;
        this.keyHolder = keyHolder;
        this.snapshotDao = snapshotDao;
    }

    @GetMapping
    public String dashboard(Model model) {
        model.addAttribute("projectId", props.projectId());
        model.addAttribute("posthogProjectKey", props.apiKey());
        model.addAttribute("flagsKey", keyHolder.getPersonalApiKey());
        model.addAttribute("snapshots", snapshotDao.findLatest(props.projectId()));
        return "admin/flags";
    }

    @PostMapping("/{projectId}/sync")
    public String triggerSync(@PathVariable long projectId, RedirectAttributes redirect) {
        JobId jobId = BackgroundJob.<FlagSyncJob>enqueue(job -> job.sync(projectId, JobContext.Null));
        redirect.addFlashAttribute("jobId", jobId.toString());
        return "redirect:/admin/flags";
    }

    @GetMapping("/open-in-posthog")
    public String openInPostHog() {
        return "redirect:https://eu.posthog.com/api/projects/" + props.projectId() + "/feature_flags/?personal_api_key=" + props.personalApiKey();
    }
}
