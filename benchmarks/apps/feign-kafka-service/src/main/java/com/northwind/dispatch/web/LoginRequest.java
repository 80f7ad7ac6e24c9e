package com.northwind.dispatch.web;

import jakarta.validation.constraints.NotBlank;

public record LoginRequest(@NotBlank String username, @NotBlank String password, String deviceName) {
}
