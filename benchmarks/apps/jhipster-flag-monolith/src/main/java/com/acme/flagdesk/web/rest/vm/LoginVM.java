package com.acme.flagdesk.web.rest.vm;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * View Model object for storing a user's credentials.
 */
public record LoginVM(@NotNull @Size(min = 1, max = 50) String username, @NotNull @Size(min = 4, max = 100) String password, boolean rememberMe) {}
