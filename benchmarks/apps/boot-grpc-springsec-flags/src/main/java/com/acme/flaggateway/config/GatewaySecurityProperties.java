package com.acme.flaggateway.config;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

@Validated
@ConfigurationProperties(prefix = "gateway.security")
public record GatewaySecurityProperties(
        @DefaultValue("flagadmin") String adminUsername,
        @NotBlank String adminPassword,
        @Valid @NotEmpty List<ServiceClient> clients) {

    /** A backend service allowed to call the gRPC API with a static bearer token. */
    public record ServiceClient(@NotBlank String name, @NotBlank String token, Set<String> scopes) {
    }
}
