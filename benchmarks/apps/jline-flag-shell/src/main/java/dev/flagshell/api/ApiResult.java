package dev.flagshell.api;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

public sealed interface ApiResult permits ApiResult.Ok, ApiResult.NotFound, ApiResult.Failed {

    record Ok(JsonNode body, Duration elapsed) implements ApiResult {
    }

    record NotFound(String path) implements ApiResult {
    }

    record Failed(int status, String reason) implements ApiResult {
    }

    default boolean isOk() {
        return this instanceof Ok;
    }
}
