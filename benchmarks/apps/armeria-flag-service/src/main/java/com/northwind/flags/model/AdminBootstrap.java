package com.northwind.flags.model;

/** Settings for the admin console's flag editor. */
public record AdminBootstrap(String apiHost, long projectId, String flagsKey, int pollIntervalSeconds) {
}
