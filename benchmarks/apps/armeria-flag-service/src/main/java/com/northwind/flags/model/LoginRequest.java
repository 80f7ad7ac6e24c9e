package com.northwind.flags.model;

/** Body of {@code POST /admin/login}. */
public record LoginRequest(String username, String password) {
}
