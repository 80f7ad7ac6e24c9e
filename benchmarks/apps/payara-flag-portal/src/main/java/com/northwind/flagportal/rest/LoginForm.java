package com.northwind.flagportal.rest;

import jakarta.validation.constraints.NotBlank;

/**
 * Body of POST /api/auth/login.
 */
public record LoginForm(@NotBlank String username, @NotBlank String password, boolean rememberMe) {
}
