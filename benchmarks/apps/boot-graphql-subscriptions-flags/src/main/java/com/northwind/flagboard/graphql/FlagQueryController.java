package com.northwind.flagboard.graphql;

import com.northwind.flagboard.domain.FlagRollout;
import com.northwind.flagboard.graphql.Payloads.ClientBootstrap;
import com.northwind.flagboard.graphql.Payloads.IntegrationSettings;
import com.northwind.flagboard.service.FlagEvaluationService;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;

@Controller
public class FlagQueryController {

    private static final Logger log = LoggerFactory.getLogger(FlagQueryController.class);

    private final FlagEvaluationService evaluation;

    public FlagQueryController(FlagEvaluationService evaluation) {
        this.evaluation = evaluation;
    }

    @QueryMapping
    @PreAuthorize("hasAuthority('SCOPE_flags:read')")
    public List<FlagRollout> rollouts(@Argument String environment) {
        return evaluation.rollouts(environment);
    }

    /**
     * Everything the web app needs to initialise posthog-js and render the flag-gated UI on first paint.
     */
    @QueryMapping
    public ClientBootstrap clientBootstrap(@AuthenticationPrincipal Jwt jwt) {
        log.debug("Bootstrapping flags for {} (bearer {})", jwt.getSubject(), jwt.getTokenValue());
        return evaluation.bootstrap(jwt.getSubject());
    }

    /**
     * Shown on the admin "Integrations" page.
     */
    @QueryMapping
    @PreAuthorize("hasAuthority('SCOPE_flags:admin')")
    public IntegrationSettings integrationSettings() {
        return evaluation.integrationSettings();
    }
}
