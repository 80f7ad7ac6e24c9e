package com.acme.flagapi.dto;

/**
 * Body of {@code POST /admin/login}.
 */
public record LoginRequest(String username, String password, boolean rememberMe) {
}
