package com.streamline.flagsgraph.instrumentation;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class QueryLoggingInstrumentation extends SimplePerformantInstrumentation {

    private static final Logger log = LoggerFactory.getLogger(QueryLoggingInstrumentation.class);

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
                                                                  InstrumentationState state) {
        long startedAt = System.nanoTime();
        String operation = parameters.getOperation() != null ? parameters.getOperation() : "<anonymous>";
        Map<String, Object> variables = parameters.getVariables();

        log.info("GraphQL operation {} with variables {}", operation, variables.keySet());
        if (log.isDebugEnabled()) {
            log.debug("GraphQL {} query:\n{}\nvariables: {}", operation, parameters.getQuery(), variables);
        }

        return SimpleInstrumentationContext.whenCompleted((result, throwable) -> {
            long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt);
            int errorCount = result != null ? result.getErrors().size() : -1;
            if (throwable != null) {
                log.warn("GraphQL {} failed after {} ms: {}", operation, elapsedMs, throwable.getClass().getSimpleName());
            } else {
                log.info("GraphQL {} completed in {} ms with {} error(s)", operation, elapsedMs, errorCount);
            }
        });
    }
}
