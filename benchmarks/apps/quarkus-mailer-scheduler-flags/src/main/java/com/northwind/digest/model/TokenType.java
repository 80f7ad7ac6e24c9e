package com.northwind.digest.model;

/**
 * Kind of credential an admin caller presented. Only the enum constant is ever logged.
 */
public enum TokenType {
    API_KEY,
    SESSION_ID,
    PERSONAL_TOKEN,
    NONE;

    public static TokenType fromHeader(String headerName) {
        if (headerName == null) {
            return NONE;
        }
        return switch (headerName.toLowerCase()) {
            case "x-api-key" -> API_KEY;
            case "cookie" -> SESSION_ID;
            case "authorization" -> PERSONAL_TOKEN;
            default -> NONE;
        };
    }
}
