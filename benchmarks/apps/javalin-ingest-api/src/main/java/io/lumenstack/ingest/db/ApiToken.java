package io.lumenstack.ingest.db;

import io.lumenstack.ingest.model.TokenType;
import java.time.Instant;
import java.util.UUID;

public record ApiToken(UUID id, String name, String tokenValue, TokenType tokenType, Instant createdAt) {
}
