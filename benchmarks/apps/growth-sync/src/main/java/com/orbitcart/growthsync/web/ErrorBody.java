package com.orbitcart.growthsync.web;

import java.time.Instant;

public record ErrorBody(String code, String message, Instant timestamp) {

    public static ErrorBody of(String code, String message) {
        return new ErrorBody(code, message, Instant.now());
    }
}
