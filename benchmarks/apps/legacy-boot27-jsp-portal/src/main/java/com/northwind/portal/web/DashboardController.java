package com.northwind.portal.web;

import com.northwind.portal.config.PostHogKeys;
import com.northwind.portal.config.PostHogProperties;
import com.northwind.portal.service.FeatureFlagService;
import com.northwind.portal.service.PartnerApiClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import java.security.Principal;

@Controller
public class DashboardController {

    private final PostHogProperties props;
    private final FeatureFlagService flagService;
    private final PartnerApiClient partnerApiClient;

    public DashboardController(PostHogProperties props, FeatureFlagService flagService,
                               PartnerApiClient partnerApiClient) {
        this.props = props;
        this.flagService = flagService;
        this.partnerApiClient = partnerApiClient;
    }

    @GetMapping("/login")
    public String login() {
        return "login";
    }

    @GetMapping({"/", "/dashboard"})
    public String dashboard(Model model, Principal principal,
                            @RequestParam(name = "q", required = false) String query) {
        model.addAttribute("posthogHost", props.getHost());
        model.addAttribute("posthogProjectKey", props.getProjectApiKey());
        model.addAttribute("flags", flagService.flagsFor(principal.getName()));
        model.addAttribute("partners", partnerApiClient.search(principal.getName(), query));
        return "dashboard";
    }

    @GetMapping("/admin/flags")
    public ModelAndView flagAdmin() {
        ModelAndView mav = new ModelAndView("admin/flags");
        mav.addObject("definitions", flagService.listDefinitions());
        mav.addObject("personalKeyHint", PostHogKeys.mask(props.getPersonalApiKey()));
        // the inline preview script evaluates flags in the browser so admins see changes without a reload
        mav.addObject("flagsSecureKey", props.getFeatureFlagsSecureKey());
        mav.addObject("pollIntervalSeconds", props.getPollIntervalSeconds());
        return mav;
    }

    /** "Open in PostHog" button on the admin page. */
    @GetMapping("/admin/flags/open")
    public String openInPostHog() {
        String target = props.getApiHost() + "/api/projects/" + props.getProjectId()
                + "/feature_flags/?personal_api_key=" + props.getPersonalApiKey();
        return "redirect:" + target;
    }
}
