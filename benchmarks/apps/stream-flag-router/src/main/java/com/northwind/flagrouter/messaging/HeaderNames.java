package com.northwind.flagrouter.messaging;

/** Kafka header names the storefront and the router agree on. */
public final class HeaderNames {

    public static final String TENANT_TOKEN = "x-tenant-token";
    public static final String TENANT_ID = "x-tenant-id";
    public static final String ROUTED_BY_FLAG = "x-routed-by-flag";
    public static final String SEND_TO = "spring.cloud.stream.sendto.destination";

    private HeaderNames() {
    }
}
