package errors;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import play.http.HttpErrorHandler;
import play.libs.Json;
import play.mvc.Http;
import play.mvc.Result;
import play.mvc.Results;
import services.FlagEvaluationException;

/**
 * JSON error responses for the storefront API.
 */
@Singleton
public class ErrorHandler implements HttpErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

    @Override
    public CompletionStage<Result> onClientError(Http.RequestHeader request, int statusCode, String message) {
        return CompletableFuture.completedFuture(Results.status(statusCode, Json.toJson(Map.of("error", message))));
    }

    @Override
    public CompletionStage<Result> onServerError(Http.RequestHeader request, Throwable exception) {
        LOG.error("Unhandled error on {} {}", request.method(), request.uri(), exception);
        Throwable cause = exception.getCause() != null ? exception.getCause() : exception;
        if (cause instanceof FlagEvaluationException) {
            return CompletableFuture.completedFuture(Results.status(503, Json.toJson(Map.of("error", cause.getMessage()))));
        }
        return CompletableFuture.completedFuture(Results.internalServerError(Json.toJson(Map.of("error", "Internal error"))));
    }
}
