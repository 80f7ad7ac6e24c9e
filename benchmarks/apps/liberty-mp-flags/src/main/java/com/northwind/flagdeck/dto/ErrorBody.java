package com.northwind.flagdeck.dto;

import java.time.Instant;

public record ErrorBody(int status, String error, String message, Instant timestamp) {

    public static ErrorBody of(int status, String error, String message) {
        return new ErrorBody(status, error, message, Instant.now());
    }
}
