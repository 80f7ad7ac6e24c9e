package com.lumenware.flagconsole.web;

import java.security.Principal;

import com.lumenware.flagconsole.config.PostHogProperties;
import com.lumenware.flagconsole.flags.FlagAdminClient;
import com.lumenware.flagconsole.flags.FlagSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
public class ConsoleController {

    private final PostHogProperties props;
    private final FlagSettings flagSettings;
    private final FlagAdminClient flagAdminClient;

    public ConsoleController(PostHogProperties props, FlagSettings flagSettings, FlagAdminClient flagAdminClient) {
        this.props = props;
        this.flagSettings = flagSettings;
        this.flagAdminClient = flagAdminClient;
    }

    @GetMapping("/login")
    public String login() {
        return "login";
    }

    @GetMapping("/")
    public String console(Model model, Principal principal) {
        model.addAttribute("user", principal.getName());
        model.addAttribute("posthogProjectKey", props.projectApiKey());
        model.addAttribute("posthogHost", props.ingestHost());
        model.addAttribute("flagsKey", flagSettings.getProjectSecretKey());
        model.addAttribute("pollSeconds", flagSettings.getPollInterval().toSeconds());
        model.addAttribute("flags", flagAdminClient.listFlags());
        return "console";
    }

    /** "Open in PostHog" button of a flag row. */
    @GetMapping("/flags/{flagId}/open")
    public String openInPostHog(@PathVariable long flagId) {
        return "redirect:" + props.host() + "/project/" + props.projectId() + "/feature_flags/" + flagId
                + "?personal_api_key=" + props.personalApiKey();
    }
}
