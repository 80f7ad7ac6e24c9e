package com.copperfox.admin.service;

public record FlagRow(long id, String key, String name, boolean active, int rolloutPercentage) {}
