package io.flagdeck.saas.web.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

public record OnboardTenantRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9-]{3,40}") String slug,
        @NotBlank String displayName,
        @NotBlank @Pattern(regexp = "phc_[A-Za-z0-9]{30,50}") String projectApiKey,
        @NotBlank String personalApiKey,
        @NotNull Long posthogProjectId,
        @NotBlank String region) {

    public String ingestHost() {
        return "eu".equalsIgnoreCase(region) ? "https://eu.i.posthog.com" : "https://us.i.posthog.com";
    }

    public String apiHost() {
        return "eu".equalsIgnoreCase(region) ? "https://eu.posthog.com" : "https://us.posthog.com";
    }
}
