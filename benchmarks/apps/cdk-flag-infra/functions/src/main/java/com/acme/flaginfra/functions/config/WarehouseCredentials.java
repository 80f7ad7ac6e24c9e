package com.acme.flaginfra.functions.config;

/** Login for the ClickHouse mirror that receives a copy of every ingested batch. */
public record WarehouseCredentials(String url, String username, String password) {
}
