package com.northwind.dispatch.messaging;

import java.time.Instant;

public record PasswordResetEvent(String userId, String email, String resetToken, Instant requestedAt) {

    public static final String TYPE = "account.password_reset_requested";
}
