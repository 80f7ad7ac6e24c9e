package com.quillfield.flagrelay.web.dto;

/**
 * What the browser SDK needs to initialise itself and bootstrap flags without a round trip.
 *
 * @param projectApiKey   public project token ({@code phc_...})
 * @param apiHost         ingestion host
 * @param flagsSecureKey  key used by the front-end flag cache to call local_evaluation
 * @param distinctId      distinct id assigned to the visitor
 */
public record BootstrapPayload(String projectApiKey, String apiHost, String flagsSecureKey, String distinctId) {
}
