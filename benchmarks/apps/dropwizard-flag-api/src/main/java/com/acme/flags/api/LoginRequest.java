package com.acme.flags.api;

import jakarta.validation.constraints.NotBlank;

/**
 * Body of {@code POST /admin/login}.
 */
public record LoginRequest(@NotBlank String username, @NotBlank String password, boolean rememberMe) {
}
