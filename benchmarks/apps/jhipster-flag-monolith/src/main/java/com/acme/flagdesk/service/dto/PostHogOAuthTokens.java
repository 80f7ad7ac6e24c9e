package com.acme.flagdesk.service.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * The grant PostHog's OAuth server returns for a connected project.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PostHogOAuthTokens(String accessToken, String refreshToken, String scope, Instant expiresAt) {}
