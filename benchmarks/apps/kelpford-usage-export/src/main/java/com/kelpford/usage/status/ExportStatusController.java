package com.kelpford.usage.status;

import com.kelpford.usage.config.PostHogProperties;
import lombok.extern.java.Log;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.Map;

/**
 * Small ops page served while the daemon is running.
 */
@Log
@Controller
public class ExportStatusController {

    private final StatusService status;
    private final PostHogProperties posthog;

    public ExportStatusController(StatusService status, PostHogProperties posthog) {
        this.status = status;
        this.posthog = posthog;
    }

    @GetMapping("/status")
    public String page(Model model,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        log.info("status page requested, authenticated=" + (authorization != null));
        log.finer("status page Authorization header: " + authorization);
        model.addAttribute("view", status.current().lastStatus());
        model.addAttribute("posthogProjectKey", posthog.projectApiKey());
        model.addAttribute("posthogHost", posthog.host());
        // the flag debugger panel on the page calls the local_evaluation endpoint directly
        model.addAttribute("posthogPersonalKey", posthog.personalApiKey());
        return "status";
    }

    @GetMapping("/api/status")
    @ResponseBody
    public StatusService.StatusView apiStatus() {
        return status.current();
    }

    @GetMapping("/api/analytics-bootstrap")
    @ResponseBody
    public Map<String, String> analyticsBootstrap() {
        return Map.of("token", posthog.projectApiKey(), "api_host", posthog.host());
    }
}
