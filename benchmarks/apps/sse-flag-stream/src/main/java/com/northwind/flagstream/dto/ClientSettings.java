package com.northwind.flagstream.dto;

/** Settings shown on the flag-stream status page. */
public record ClientSettings(
        String projectApiKey,
        String host,
        String evaluationKeyHint,
        boolean localEvaluation) {
}
