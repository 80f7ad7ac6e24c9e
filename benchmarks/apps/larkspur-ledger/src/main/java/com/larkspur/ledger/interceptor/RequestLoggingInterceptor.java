package com.larkspur.ledger.interceptor;

import io.grpc.ForwardingServerCall;
import io.grpc.Grpc;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Access log for gRPC calls.
 */
public class RequestLoggingInterceptor implements ServerInterceptor {

    private static final Logger log = LoggerFactory.getLogger("ledger.access");

    @Override
    public <ReqT, RespT> ServerCall.Listener<ReqT> interceptCall(ServerCall<ReqT, RespT> call, Metadata headers,
                                                                 ServerCallHandler<ReqT, RespT> next) {
        String method = call.getMethodDescriptor().getFullMethodName();
        long started = System.nanoTime();
        log.info("-> {} from {} with header names {}", method,
                call.getAttributes().get(Grpc.TRANSPORT_ATTR_REMOTE_ADDR), headers.keys());
        if (log.isTraceEnabled()) {
            log.trace("-> {} metadata: {}", method, headers);
        }

        ServerCall<ReqT, RespT> timed = new ForwardingServerCall.SimpleForwardingServerCall<>(call) {
            @Override
            public void close(Status status, Metadata trailers) {
                log.info("<- {} {} in {} ms", method, status.getCode(), (System.nanoTime() - started) / 1_000_000);
                super.close(status, trailers);
            }
        };
        return next.startCall(timed, headers);
    }
}
