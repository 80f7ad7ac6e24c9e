package dev.lumen.shop.config;

public final class InternalKeys {

    public static final String SECRET_PREFIX = "phs_";

    public static final String EXPORT_KEY_BODY = "o4tRBuWu2VWATH6iQYaRmbFsh4SVCAUv6QpFNtA6m5dTzzKD";

    public static final String EXPORT_PROJECT = "lumen-shop";

    private InternalKeys() {
    }
}
