package io.orbitcart.common.config;

import java.util.Set;

/** HTTP header and cookie names shared by the storefront services. */
public final class HeaderNames {

    public static final String AUTHORIZATION = "Authorization";
    public static final String CLIENT_TOKEN = "X-Orbit-Client-Token";
    public static final String REQUEST_ID = "X-Request-Id";
    public static final String SESSION_COOKIE = "ORBIT_SESSION";
    public static final String CSRF_TOKEN_HEADER = "X-XSRF-TOKEN";
    public static final String CSRF_TOKEN_PARAMETER = "_csrf";

    /** Headers whose values never appear in request dumps. */
    public static final Set<String> SENSITIVE = Set.of("authorization", "cookie", "x-orbit-client-token", "x-xsrf-token");

    private HeaderNames() {
    }
}
