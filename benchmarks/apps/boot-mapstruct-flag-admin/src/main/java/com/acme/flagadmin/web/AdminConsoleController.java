package com.acme.flagadmin.web;

import com.acme.flagadmin.config.PostHogProperties;
import com.acme.flagadmin.domain.PostHogEnvironment;
import com.acme.flagadmin.mapper.EnvironmentMapper;
import com.acme.flagadmin.service.EnvironmentService;
import com.acme.flagadmin.service.FlagService;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Server-rendered admin console (Thymeleaf).
 */
@Controller
@RequestMapping("/admin")
public class AdminConsoleController {

    private static final Logger log = LoggerFactory.getLogger(AdminConsoleController.class);

    private final EnvironmentService environmentService;
    private final FlagService flagService;
    private final EnvironmentMapper mapper;
    private final PostHogProperties props;

    public AdminConsoleController(EnvironmentService environmentService, FlagService flagService,
                                  EnvironmentMapper mapper, PostHogProperties props) {
        this.environmentService = environmentService;
        this.flagService = flagService;
        this.mapper = mapper;
        this.props = props;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'VIEWER')")
    public String index(Model model, HttpSession session, Principal principal) {
        log.debug("Admin console opened by {} in session {}", principal.getName(), session.getId());
        model.addAttribute("posthogProjectKey", props.projectApiKey());
        model.addAttribute("posthogHost", props.host());
        model.addAttribute("environments", mapper.toSummaries(environmentService.findAll()));
        return "admin/index";
    }

    @GetMapping("/environments/{name}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    public String edit(@PathVariable String name, Model model) {
        PostHogEnvironment env = environmentService.getByName(name);
        model.addAttribute("environment", mapper.toDetail(env));
        model.addAttribute("flags", mapper.toFlags(env.getFlags()));
        return "admin/edit";
    }

    @PostMapping("/environments/{name}/flags/{flagKey}/toggle")
    @PreAuthorize("hasRole('ADMIN')")
    public String toggle(@PathVariable String name, @PathVariable String flagKey, @RequestParam boolean active,
                         Principal principal, RedirectAttributes redirect) {
        flagService.toggle(name, flagKey, active, principal.getName());
        redirect.addFlashAttribute("message", "Flag " + flagKey + (active ? " enabled" : " disabled"));
        return "redirect:/admin/environments/" + name + "/edit";
    }
}
