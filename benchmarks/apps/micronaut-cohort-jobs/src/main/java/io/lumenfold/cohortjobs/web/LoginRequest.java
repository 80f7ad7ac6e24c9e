package io.lumenfold.cohortjobs.web;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

@Serdeable
public record LoginRequest(@NotBlank String username, @NotBlank String password, boolean rememberMe) {
}
