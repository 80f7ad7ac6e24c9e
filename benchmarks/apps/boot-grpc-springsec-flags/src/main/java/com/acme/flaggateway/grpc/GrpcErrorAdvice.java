package com.acme.flaggateway.grpc;

import com.acme.flaggateway.flags.PostHogManagementClient;
import com.acme.flaggateway.flags.TargetingExpression;
import io.grpc.Status;
import net.devh.boot.grpc.server.advice.GrpcAdvice;
import net.devh.boot.grpc.server.advice.GrpcExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps exceptions thrown by gRPC services to status codes, logging the server-side detail. */
@GrpcAdvice
public class GrpcErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(GrpcErrorAdvice.class);

    @GrpcExceptionHandler(PostHogManagementClient.ApiException.class)
    public Status handlePostHogFailure(PostHogManagementClient.ApiException e) {
        log.error("Upstream PostHog call failed: {}", e.getMessage());
        return Status.UNAVAILABLE.withDescription("flag definitions temporarily unavailable");
    }

    @GrpcExceptionHandler(TargetingExpression.SyntaxException.class)
    public Status handleBadFilter(TargetingExpression.SyntaxException e) {
        log.info("Rejected targeting filter: {}", e.getMessage());
        return Status.INVALID_ARGUMENT.withDescription(e.getMessage());
    }

    @GrpcExceptionHandler(IllegalStateException.class)
    public Status handleMisconfiguration(IllegalStateException e) {
        log.error("Gateway misconfigured: {}", e.getMessage());
        return Status.FAILED_PRECONDITION.withDescription("flag gateway is not configured");
    }
}
