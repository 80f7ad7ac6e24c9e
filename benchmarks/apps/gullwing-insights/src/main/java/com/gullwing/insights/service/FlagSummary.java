package com.gullwing.insights.service;

public record FlagSummary(String key, boolean enabled) {}
