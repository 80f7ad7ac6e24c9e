package com.northwind.flagrelay.api.dto;

/** Body of {@code POST /admin/login}. */
public record LoginRequest(String username, String password, boolean rememberMe) {
}
