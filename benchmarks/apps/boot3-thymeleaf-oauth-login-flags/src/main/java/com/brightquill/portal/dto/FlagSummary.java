package com.brightquill.portal.dto;

public record FlagSummary(String key, boolean enabled, Long id) {
}
