package com.acme.flagadmin.web;

import com.acme.flagadmin.posthog.FlagAdminService;
import com.acme.flagadmin.web.dto.FeatureFlagDto;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/flags")
public class FlagAdminController {

    private static final Logger log = LoggerFactory.getLogger(FlagAdminController.class);

    public record ToggleRequest(@NotNull Boolean active) {
    }

    private final FlagAdminService flagAdminService;

    public FlagAdminController(FlagAdminService flagAdminService) {
        this.flagAdminService = flagAdminService;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('SCOPE_flags:read')")
    public List<FeatureFlagDto> list() {
        return flagAdminService.listFlags();
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasAuthority('SCOPE_flags:admin')")
    public FeatureFlagDto toggle(@PathVariable long id,
            @Valid @RequestBody ToggleRequest request,
            @AuthenticationPrincipal Jwt jwt,
            @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        log.debug("Toggle flag {} -> {} by {} ({})", id, request.active(), jwt.getSubject(), authorization);
        return flagAdminService.setActive(id, request.active(), jwt.getClaimAsString("preferred_username"));
    }
}
