package com.northwind.flagrelay.api.dto;

/** Health/status document for the readiness probe and the admin page. */
public record RelayStatus(String version, boolean localEvaluation, String personalKeyHint, int connectedClients) {
}
