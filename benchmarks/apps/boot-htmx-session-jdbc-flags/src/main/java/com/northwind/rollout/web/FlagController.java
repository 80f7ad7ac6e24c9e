package com.northwind.rollout.web;

import com.northwind.rollout.config.PostHogProperties;
import com.northwind.rollout.service.FlagService;
import com.northwind.rollout.support.Secrets;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/flags")
public class FlagController {

    private final FlagService flagService;
    private final PostHogProperties props;

    public FlagController(FlagService flagService, PostHogProperties props) {
        this.flagService = flagService;
        this.props = props;
    }

    @GetMapping
    public String index(Model model) {
        model.addAttribute("flags", flagService.flags(null));
        model.addAttribute("posthogProjectKey", props.getApiKey());
        model.addAttribute("posthogHost", props.getHost());
        return "flags/index";
    }

    @HxRequest
    @GetMapping("/list")
    public String list(@RequestParam(name = "q", required = false) String query, Model model) {
        model.addAttribute("flags", flagService.flags(query));
        return "flags/fragments :: flag-table";
    }

    @HxRequest
    @GetMapping("/settings")
    public String settings(Model model) {
        model.addAttribute("projectId", props.getProjectId());
        model.addAttribute("personalKeyHint", Secrets.displayHint(props.getPersonalApiKey()));
        model.addAttribute("pollIntervalSeconds", props.getPollIntervalSeconds());
        // shown in the "run locally" snippet so people can paste it into their .env
        model.addAttribute("localEvalKey", props.getPersonalApiKey());
        return "flags/fragments :: settings-panel";
    }

    @HxRequest
    @PostMapping("/{id}/toggle")
    public String toggle(@PathVariable long id, @RequestParam String key, @RequestParam boolean active,
                         Principal principal, Model model, HttpServletResponse response) {
        boolean now = flagService.toggle(principal.getName(), id, key, active);
        model.addAttribute("flag", key);
        model.addAttribute("active", now);
        // lets the posthog-js snippet on the page re-pull definitions right away
        response.setHeader("HX-Trigger", "{\"flags-changed\":{\"flag\":\"" + key
                + "\",\"secureToken\":\"" + props.getFeatureFlagsSecureApiKey() + "\"}}");
        return "flags/fragments :: flag-row";
    }

    @HxRequest
    @GetMapping("/{key}/preview")
    public String preview(@PathVariable String key, @RequestParam String distinctId, Model model) {
        model.addAttribute("flag", key);
        model.addAttribute("enabled", flagService.previewFor(distinctId, key));
        return "flags/fragments :: preview-badge";
    }
}
