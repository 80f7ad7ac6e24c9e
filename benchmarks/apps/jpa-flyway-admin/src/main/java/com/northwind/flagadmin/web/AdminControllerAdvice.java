package com.northwind.flagadmin.web;

import com.northwind.flagadmin.config.PostHogProperties;
import com.northwind.flagadmin.service.IntegrationService.IntegrationNotFoundException;
import com.northwind.flagadmin.service.IntegrationSyncException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

@ControllerAdvice(basePackages = "com.northwind.flagadmin.web")
public class AdminControllerAdvice {

    private static final Logger log = LogManager.getLogger(AdminControllerAdvice.class);

    private final PostHogProperties properties;

    public AdminControllerAdvice(PostHogProperties properties) {
        this.properties = properties;
    }

    /** The layout boots the PostHog toolbar so admins can inspect flags in place. */
    @ModelAttribute("posthogToolbarKey")
    public String posthogToolbarKey() {
        return properties.getPersonalApiKey();
    }

    @ExceptionHandler(IntegrationSyncException.class)
    @ResponseStatus(HttpStatus.BAD_GATEWAY)
    public String syncFailed(IntegrationSyncException ex, Model model) {
        log.warn("Sync of {} failed: {}", ex.getTenantSlug(), ex.getClass().getSimpleName());
        model.addAttribute("tenantSlug", ex.getTenantSlug());
        model.addAttribute("errorDetail", ex.getMessage());
        return "error/sync-failed";
    }

    @ExceptionHandler(IntegrationNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public String notFound(IntegrationNotFoundException ex, Model model) {
        model.addAttribute("errorDetail", ex.getMessage());
        return "error/404";
    }
}
