package com.northwind.flagboard.graphql;

import com.northwind.flagboard.service.FlagSyncException;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

@Component
public class GraphQlErrorResolver extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(GraphQlErrorResolver.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof FlagSyncException syncFailure) {
            log.error("Flag sync failed in {}: {}", env.getField().getName(), syncFailure.getMessage());
            String detail = syncFailure.getMessage();
            return GraphqlErrorBuilder.newError(env).errorType(ErrorType.INTERNAL_ERROR).message(detail).build();
        }
        if (ex instanceof AccessDeniedException) {
            return GraphqlErrorBuilder.newError(env).errorType(ErrorType.FORBIDDEN).message("Access denied").build();
        }
        if (ex instanceof IllegalArgumentException || ex instanceof NoSuchElementException) {
            return GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST).message(ex.getMessage()).build();
        }
        log.error("Unhandled {} in {}", ex.getClass().getSimpleName(), env.getField().getName(), ex);
        return null;
    }
}
