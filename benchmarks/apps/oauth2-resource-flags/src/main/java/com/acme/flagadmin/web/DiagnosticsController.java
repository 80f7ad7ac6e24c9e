package com.acme.flagadmin.web;

import com.acme.flagadmin.config.PostHogProperties;
import com.acme.flagadmin.web.dto.FlagConfigView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/diagnostics")
@PreAuthorize("hasAuthority('SCOPE_flags:admin')")
public class DiagnosticsController {

    private static final Logger log = LoggerFactory.getLogger(DiagnosticsController.class);

    private final PostHogProperties posthog;

    public DiagnosticsController(PostHogProperties posthog) {
        this.posthog = posthog;
    }

    /** Full wiring dump, used by the on-call runbook when flag sync breaks. */
    @GetMapping("/posthog")
    public FlagConfigView postHog() {
        FlagConfigView view = FlagConfigView.from(posthog);
        log.debug("Serving PostHog diagnostics: {}", view);
        return view;
    }

    @GetMapping("/posthog/summary")
    public FlagConfigView postHogSummary() {
        return FlagConfigView.masked(posthog);
    }
}
