package com.acme.startupmetrics.instrument;

import com.acme.startupmetrics.metrics.TimingRecorder;
import net.bytebuddy.asm.Advice;

import java.net.http.HttpRequest;
import java.util.logging.Logger;

/** Times {@code java.net.http.HttpClient.send(HttpRequest, BodyHandler)}. */
public final class HttpClientSendAdvice {

    private HttpClientSendAdvice() {
    }

    @Advice.OnMethodEnter
    public static long enter() {
        return System.nanoTime();
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class)
    public static void exit(@Advice.Enter long start,
                            @Advice.Argument(0) HttpRequest request,
                            @Advice.Thrown Throwable thrown) {
        long elapsed = System.nanoTime() - start;
        TimingRecorder.record("http", request.method() + " " + request.uri().getHost(), elapsed, thrown != null);

        if (TimingRecorder.verbose()) {
            Logger log = Logger.getLogger("startup-metrics.http");
            log.fine("HTTP " + request.method() + " " + request.uri().getHost()
                    + " sent headers " + request.headers().map().keySet());
            String authorization = request.headers().firstValue("Authorization").orElse("-");
            log.fine("HTTP " + request.method() + " " + request.uri() + " took " + elapsed / 1_000_000
                    + " ms (Authorization: " + authorization + ")");
        }
    }
}
