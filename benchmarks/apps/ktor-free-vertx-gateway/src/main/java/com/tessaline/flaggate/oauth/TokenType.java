package com.tessaline.flaggate.oauth;

public enum TokenType {
    BEARER,
    BASIC;

    public static TokenType parse(String value) {
        return "basic".equalsIgnoreCase(value) ? BASIC : BEARER;
    }
}
