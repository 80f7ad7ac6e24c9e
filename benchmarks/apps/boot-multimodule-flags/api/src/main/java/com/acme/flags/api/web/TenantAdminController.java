package com.acme.flags.api.web;

import com.acme.flags.core.support.KeyMasker;
import com.acme.flags.core.tenant.TenantFlagSettings;
import com.acme.flags.core.tenant.TenantFlagSettingsRepository;
import com.acme.flags.infra.posthog.FlagDefinition;
import com.acme.flags.infra.posthog.PostHogAdminApiClient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/admin/tenants")
public class TenantAdminController {

    public record RotateKeyRequest(@NotBlank String personalApiKey) {
    }

    private final TenantFlagSettingsRepository repository;
    private final PostHogAdminApiClient adminApi;

    public TenantAdminController(TenantFlagSettingsRepository repository, PostHogAdminApiClient adminApi) {
        this.repository = repository;
        this.adminApi = adminApi;
    }

    @GetMapping("/{slug}")
    public TenantView get(@PathVariable String slug) {
        TenantFlagSettings settings = load(slug);
        return TenantView.from(settings);
    }

    @GetMapping("/{slug}/public-config")
    public Map<String, String> publicConfig(@PathVariable String slug) {
        TenantFlagSettings settings = load(slug);
        return Map.of("projectApiKey", settings.getProjectApiKey(), "host", settings.getHost());
    }

    @GetMapping(value = "/{slug}/backend-snippet", produces = MediaType.TEXT_PLAIN_VALUE)
    public String backendSnippet(@PathVariable String slug) {
        TenantFlagSettings settings = load(slug);
        String snippet = "posthog:\n"
                + "  host: " + settings.getHost() + "\n"
                + "  api-key: " + settings.getProjectApiKey() + "\n"
                + "  personal-api-key: " + settings.getPersonalApiKey() + "\n";
        return snippet;
    }

    @PutMapping("/{slug}/key")
    @Transactional
    public ResponseEntity<Void> rotateKey(@PathVariable String slug, @Valid @RequestBody RotateKeyRequest request) {
        TenantFlagSettings settings = load(slug);
        settings.setPersonalApiKey(request.personalApiKey());
        repository.save(settings);
        return ResponseEntity.noContent()
                .header("X-PostHog-Key-Hint", KeyMasker.mask(request.personalApiKey()))
                .build();
    }

    @PostMapping("/{slug}/verify")
    public List<FlagDefinition> verify(@PathVariable String slug) {
        return adminApi.listFlags(load(slug).credentials());
    }

    private TenantFlagSettings load(String slug) {
        return repository.findByTenantSlug(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown tenant " + slug));
    }
}
