package com.brightloop.flagservice.web;

import com.brightloop.flagservice.config.PostHogProperties;
import com.brightloop.flagservice.flags.FlagSyncJob;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Serves the single-page app shell with the PostHog bootstrap data inlined. */
@Controller
public class BootstrapController {

  private final PostHogProperties properties;
  private final FlagSyncJob flagSyncJob;

  public BootstrapController(PostHogProperties properties, FlagSyncJob flagSyncJob) {
    this.properties = properties;
    this.flagSyncJob = flagSyncJob;
  }

  @GetMapping({"/", "/app/**"})
  public String shell(Model model) {
    model.addAttribute("posthogProjectKey", properties.apiKey());
    model.addAttribute("posthogHost", properties.host());
    // The browser SDK refetches definitions with this key when the bootstrap is stale.
    model.addAttribute("flagsKey", properties.featureFlagsSecureApiKey());
    model.addAttribute("bootstrapFlags", flagSyncJob.currentDefinitions());
    return "bootstrap";
  }
}
