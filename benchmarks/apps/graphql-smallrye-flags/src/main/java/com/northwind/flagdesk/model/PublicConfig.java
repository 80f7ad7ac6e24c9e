package com.northwind.flagdesk.model;

import org.eclipse.microprofile.graphql.Type;

@Type("PublicConfig")
public record PublicConfig(String projectApiKey, String host, boolean localEvaluationEnabled) {
}
