package com.northwind.flagadmin.web;

import com.northwind.flagadmin.config.PostHogProperties;
import com.northwind.flagadmin.domain.FlagOverride;
import com.northwind.flagadmin.service.FlagEvaluationService;
import com.northwind.flagadmin.service.OverrideService;
import com.northwind.flagadmin.service.PostHogAdminClient;
import com.northwind.flagadmin.support.KeyMasker;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/admin")
@RequiredArgsConstructor
public class FlagAdminController {

    private final OverrideService overrideService;
    private final FlagEvaluationService evaluationService;
    private final PostHogAdminClient adminClient;
    private final PostHogProperties properties;

    public record CreateOverrideRequest(
            @NotBlank String flagKey,
            @NotBlank String distinctId,
            @NotNull Boolean enabled,
            @NotNull FlagOverride.Scope scope,
            @NotBlank String requestedBy,
            String webhookUrl,
            String webhookSecret,
            @Future Instant expiresAt) {
    }

    @GetMapping("/settings")
    public AdminSettingsView settings() {
        return AdminSettingsView.from(properties);
    }

    @GetMapping("/settings/key-status")
    public Map<String, Object> keyStatus() {
        String key = properties.getPersonalApiKey();
        return Map.of("personalKeyConfigured", StringUtils.hasText(key), "personalKeyHint", KeyMasker.mask(key));
    }

    @GetMapping("/flags/{flagKey}")
    public Map<String, Object> definition(@PathVariable String flagKey) {
        return adminClient.fetchFlagDefinition(flagKey);
    }

    @GetMapping("/flags/{flagKey}/evaluate")
    public Map<String, Object> evaluate(@PathVariable String flagKey, @RequestParam String distinctId) {
        return Map.of("flagKey", flagKey, "distinctId", distinctId,
                "enabled", evaluationService.isEnabled(flagKey, distinctId));
    }

    @GetMapping("/flags/{flagKey}/overrides")
    public List<Map<String, Object>> overrides(@PathVariable String flagKey) {
        return overrideService.forFlag(flagKey).stream()
                .map(o -> Map.<String, Object>of("id", o.getId(), "distinctId", o.getDistinctId(),
                        "enabled", o.getEnabled(), "expiresAt", String.valueOf(o.getExpiresAt())))
                .toList();
    }

    @PostMapping("/overrides")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> create(@Valid @RequestBody CreateOverrideRequest request) {
        FlagOverride saved = overrideService.create(FlagOverride.builder()
                .flagKey(request.flagKey())
                .distinctId(request.distinctId())
                .enabled(request.enabled())
                .scope(request.scope())
                .requestedBy(request.requestedBy())
                .webhookUrl(request.webhookUrl())
                .webhookSecret(request.webhookSecret())
                .expiresAt(request.expiresAt())
                .build());
        return Map.of("id", saved.getId(), "flagKey", saved.getFlagKey());
    }

    @DeleteMapping("/overrides/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable String id) {
        overrideService.delete(id);
    }
}
