package com.northwind.flagadmin.client;

/** Parameters of a local_evaluation poll; kept as a value so retries reuse it. */
public record LocalEvaluationRequest(String projectApiKey, String personalApiKey, boolean sendCohorts) {
}
