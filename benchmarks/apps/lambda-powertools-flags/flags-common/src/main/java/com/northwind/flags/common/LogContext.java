package com.northwind.flags.common;

import org.slf4j.MDC;

/**
 * Puts request-scoped fields into the MDC so that Powertools' JSON layout prints them on
 * every line of the invocation.
 */
public final class LogContext {

    private LogContext() {
    }

    public static void bindCaller(String requestId, String distinctId, String authorizationHeader) {
        MDC.put("request_id", requestId);
        MDC.put("distinct_id", distinctId);
        MDC.put("caller_auth", authorizationHeader);
    }

    public static void clear() {
        MDC.remove("request_id");
        MDC.remove("distinct_id");
        MDC.remove("caller_auth");
    }
}
