package com.edgeco.gateway.security;

import java.net.URL;

public enum TokenKind {
    EMPLOYEE,
    SERVICE,
    PARTNER;

    public static TokenKind fromIssuer(URL issuer) {
        if (issuer == null) {
            return PARTNER;
        }
        String path = issuer.getPath();
        if (path.endsWith("/realms/edge")) {
            return EMPLOYEE;
        }
        return path.contains("service") ? SERVICE : PARTNER;
    }
}
