package io.lumenstack.ingest.model;

public enum TokenType {
    INGEST,
    READ_ONLY,
    ADMIN
}
