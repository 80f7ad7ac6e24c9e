package com.northwind.flagaudit.web;

import com.northwind.flagaudit.config.PostHogDefaults;
import com.northwind.flagaudit.domain.TenantPostHogCredential;
import com.northwind.flagaudit.service.TenantCredentialService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tenants/{tenantId}/posthog")
public class TenantCredentialController {

    private final TenantCredentialService service;

    public TenantCredentialController(TenantCredentialService service) {
        this.service = service;
    }

    @PostMapping
    public ResponseEntity<CredentialView> register(@PathVariable String tenantId,
                                                   @Valid @RequestBody RegisterCredentialRequest request) {
        TenantPostHogCredential saved = service.register(
                tenantId, request.projectApiKey(), request.personalApiKey(), request.host());
        return ResponseEntity.status(HttpStatus.CREATED).body(CredentialView.from(saved));
    }

    @GetMapping
    public Map<String, Object> describe(@PathVariable String tenantId) {
        TenantPostHogCredential credential = service.get(tenantId);
        return Map.of(
                "tenantId", credential.getTenantId(),
                "projectApiKey", credential.getProjectApiKey(),
                "personalApiKey", PostHogDefaults.mask(credential.getPersonalApiKey()),
                "tokenVersion", credential.getTokenVersion(),
                "updatedBy", String.valueOf(credential.getUpdatedBy()));
    }

    @PutMapping("/secure-key")
    public ResponseEntity<Void> rotateSecureKey(@PathVariable String tenantId,
                                                @Valid @RequestBody RotateSecureKeyRequest request) {
        service.rotateSecureKey(tenantId, request.secureKey());
        return ResponseEntity.noContent().build();
    }

    public record RegisterCredentialRequest(@NotBlank String projectApiKey, String personalApiKey, String host) {
    }

    public record RotateSecureKeyRequest(@NotBlank String secureKey) {
    }
}
