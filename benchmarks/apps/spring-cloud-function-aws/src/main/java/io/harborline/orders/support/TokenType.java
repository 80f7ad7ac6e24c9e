package io.harborline.orders.support;

public enum TokenType {
    BEARER,
    BASIC,
    NONE;

    public static TokenType fromHeader(String headerValue) {
        if (headerValue == null || headerValue.isBlank()) {
            return NONE;
        }
        if (headerValue.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return BEARER;
        }
        if (headerValue.regionMatches(true, 0, "Basic ", 0, 6)) {
            return BASIC;
        }
        return NONE;
    }
}
