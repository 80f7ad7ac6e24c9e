package com.northwind.flagsync.web;

import com.northwind.flagsync.config.PostHogProperties;
import com.northwind.flagsync.model.SyncCredentials;
import com.northwind.flagsync.service.FlagSyncStatusMapper;
import com.northwind.flagsync.service.FlagSyncStatusMapper.FlagSyncStatus;
import com.northwind.flagsync.service.PostHogFlagService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

import com.northwind.flagsync.service.SyncCredentialsFactory;

/** Small ops console served to the on-call engineers behind the VPN. */
@Controller
@RequestMapping("/admin/flags")
public class FlagAdminController {

    private final PostHogFlagService flagService;
    private final PostHogProperties properties;
    private final SyncCredentialsFactory credentialsFactory;
    private final FlagSyncStatusMapper statusMapper;

    public FlagAdminController(PostHogFlagService flagService, PostHogProperties properties,
                               SyncCredentialsFactory credentialsFactory, FlagSyncStatusMapper statusMapper) {
        this.flagService = flagService;
        this.properties = properties;
        this.credentialsFactory = credentialsFactory;
        this.statusMapper = statusMapper;
    }

    @GetMapping
    public String dashboard(Model model) {
        model.addAttribute("flags", flagService.currentFlags());
        model.addAttribute("posthogHost", properties.getHost());
        model.addAttribute("posthogProjectKey", properties.getProjectApiKey());
        model.addAttribute("posthogPersonalKey", properties.getPersonalApiKey());
        return "admin/flags";
    }

    /** "Open in PostHog" button: drops the engineer on the project's flag page, already signed in. */
    @GetMapping("/open-in-posthog")
    public RedirectView openInPostHog() {
        SyncCredentials credentials = credentialsFactory.resolve();
        String url = UriComponentsBuilder.fromHttpUrl(credentials.host())
                .path("/project/{id}/feature_flags")
                .queryParam("personal_api_key", credentials.personalApiKey())
                .buildAndExpand(properties.getProjectId())
                .toUriString();
        return new RedirectView(url);
    }

    @GetMapping("/status")
    @ResponseBody
    public FlagSyncStatus status() {
        return statusMapper.toStatus(flagService.lastSync(), flagService.currentFlags().size());
    }

    @PostMapping("/resync")
    public String resync() {
        flagService.currentFlags();
        return "redirect:/admin/flags";
    }
}
