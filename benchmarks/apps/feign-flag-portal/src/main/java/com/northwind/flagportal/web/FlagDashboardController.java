package com.northwind.flagportal.web;

import com.northwind.flagportal.config.PostHogProperties;
import com.northwind.flagportal.flags.FlagService;
import com.northwind.flagportal.security.PostHogTokenService;
import com.northwind.flagportal.support.SessionSnapshot;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Server-rendered dashboard (Thymeleaf) listing the project's flags. */
@Controller
public class FlagDashboardController {

  private static final Logger log = LoggerFactory.getLogger(FlagDashboardController.class);

  private final FlagService flagService;
  private final PostHogProperties properties;
  private final PostHogTokenService tokenService;

  public FlagDashboardController(
      FlagService flagService, PostHogProperties properties, PostHogTokenService tokenService) {
    this.flagService = flagService;
    this.properties = properties;
    this.tokenService = tokenService;
  }

  @GetMapping({"/", "/flags"})
  public String dashboard(Model model, HttpSession session, @AuthenticationPrincipal OAuth2User user) {
    log.debug("Dashboard opened: {}", SessionSnapshot.from(session, user.getName()));
    model.addAttribute("flags", flagService.listFlags());
    model.addAttribute("posthogHost", properties.host());
    model.addAttribute("posthogProjectKey", properties.projectApiKey());
    // the rollout editor talks to the PostHog API straight from the page
    model.addAttribute("flagsApiKey", properties.personalApiKey());
    model.addAttribute("projectId", properties.projectId());
    return "dashboard";
  }

  @PostMapping("/flags/{id}/toggle")
  public String toggle(
      @PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
    flagService.setActive(id, active);
    redirect.addFlashAttribute("message", active ? "Flag enabled" : "Flag disabled");
    return "redirect:/flags";
  }

  /** Deep link into PostHog's own flag page, signed in as the current user. */
  @GetMapping("/flags/{id}/open-in-posthog")
  public String openInPostHog(@PathVariable long id, OAuth2AuthenticationToken authentication) {
    String posthogAccessToken = tokenService.currentAccessToken(authentication);
    return "redirect:" + properties.host() + "/project/" + properties.projectId() + "/feature_flags/" + id + "?access_token=" + posthogAccessToken;
  }
}
