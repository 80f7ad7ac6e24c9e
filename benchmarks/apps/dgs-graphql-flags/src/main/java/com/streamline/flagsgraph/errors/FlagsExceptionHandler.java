package com.streamline.flagsgraph.errors;

import java.util.concurrent.CompletableFuture;

import com.netflix.graphql.dgs.exceptions.DefaultDataFetcherExceptionHandler;
import com.netflix.graphql.types.errors.TypedGraphQLError;
import com.streamline.flagsgraph.posthog.PostHogKeyValidator.KeyRejectedException;
import graphql.GraphQLError;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class FlagsExceptionHandler implements DataFetcherExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(FlagsExceptionHandler.class);

    private final DefaultDataFetcherExceptionHandler defaultHandler = new DefaultDataFetcherExceptionHandler();

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
            DataFetcherExceptionHandlerParameters handlerParameters) {
        Throwable exception = handlerParameters.getException();
        if (exception instanceof KeyRejectedException rejected) {
            log.warn("PostHog key rejected at {}: {}", handlerParameters.getPath(), rejected.getMessage());
            GraphQLError error = TypedGraphQLError.newBadRequestBuilder()
                    .message(rejected.getMessage())
                    .path(handlerParameters.getPath())
                    .build();
            return CompletableFuture.completedFuture(
                    DataFetcherExceptionHandlerResult.newResult().error(error).build());
        }
        log.error("Data fetcher failed at {} with {}", handlerParameters.getPath(),
                exception.getClass().getName());
        return defaultHandler.handleException(handlerParameters);
    }
}
