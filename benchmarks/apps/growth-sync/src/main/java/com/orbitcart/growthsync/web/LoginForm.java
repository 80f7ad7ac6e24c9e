package com.orbitcart.growthsync.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record LoginForm(@NotBlank String username, @NotBlank @Size(min = 12) String password) {
}
