package com.gullwing.insights.service;

/** What the admin console shows about the PostHog connection. */
public record ConfigView(String host, String personalApiKey, boolean localEvaluation) {}
