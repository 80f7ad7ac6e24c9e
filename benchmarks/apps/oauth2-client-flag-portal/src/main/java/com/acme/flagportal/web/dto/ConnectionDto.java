package com.acme.flagportal.web.dto;

import java.time.Instant;

import com.acme.flagportal.domain.PostHogConnection;

public record ConnectionDto(
        Long id,
        String posthogUserEmail,
        Long projectId,
        String accessToken,
        Instant accessTokenExpiresAt,
        String scopes,
        boolean refreshable) {

    public static ConnectionDto from(PostHogConnection connection) {
        return new ConnectionDto(
                connection.getId(),
                connection.getPosthogUserEmail(),
                connection.getProjectId(),
                connection.getAccessToken(),
                connection.getAccessTokenExpiresAt(),
                connection.getScopes(),
                connection.getRefreshToken() != null);
    }
}
