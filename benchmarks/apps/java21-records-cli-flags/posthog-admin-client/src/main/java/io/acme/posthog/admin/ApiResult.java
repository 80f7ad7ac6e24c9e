package io.acme.posthog.admin;

import java.time.Duration;
import java.util.function.Function;

/**
 * Outcome of a private-API call. Expected failures are values, everything else is a
 * {@link PostHogApiException}.
 */
public sealed interface ApiResult<T> {

    record Ok<T>(T value) implements ApiResult<T> {
    }

    record NotFound<T>(String path) implements ApiResult<T> {
    }

    /** 401/403. {@code credential} is the key that was sent, so callers can tell the user which one failed. */
    record Unauthorized<T>(String detail, String credential) implements ApiResult<T> {
    }

    record RateLimited<T>(Duration retryAfter) implements ApiResult<T> {
    }

    default <R> ApiResult<R> map(Function<? super T, ? extends R> fn) {
        return switch (this) {
            case Ok<T>(var value) -> new Ok<>(fn.apply(value));
            case NotFound<T>(var path) -> new NotFound<>(path);
            case Unauthorized<T>(var detail, var credential) -> new Unauthorized<>(detail, credential);
            case RateLimited<T>(var retryAfter) -> new RateLimited<>(retryAfter);
        };
    }

    default boolean isOk() {
        return this instanceof Ok<T>;
    }
}
