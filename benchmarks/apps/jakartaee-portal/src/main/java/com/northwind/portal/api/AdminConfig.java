package com.northwind.portal.api;

public record AdminConfig(String host, String personalApiKey, String projectKey, boolean localEvaluation) {
}
