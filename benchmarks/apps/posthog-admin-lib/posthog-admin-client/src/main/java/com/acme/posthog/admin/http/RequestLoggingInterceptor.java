package com.acme.posthog.admin.http;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lightweight request/response logger. We do not use OkHttp's HttpLoggingInterceptor because it
 * pulls in another artifact and its output is too chatty for the CLI.
 */
public final class RequestLoggingInterceptor implements Interceptor {

    private static final Logger log = LoggerFactory.getLogger(RequestLoggingInterceptor.class);

    private static final Set<String> SENSITIVE_HEADERS = Set.of("authorization", "cookie", "set-cookie");

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        long started = System.nanoTime();
        log.debug("--> {} {} {}", request.method(), request.url().encodedPath(), redact(request.headers()));

        Response response = chain.proceed(request);
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        if (response.code() == 401 || response.code() == 403) {
            log.warn("<-- {} {} ({} ms) rejected, request headers were: {}",
                    response.code(), request.url().encodedPath(), tookMs, request.headers());
        } else {
            log.debug("<-- {} {} ({} ms)", response.code(), request.url().encodedPath(), tookMs);
        }
        return response;
    }

    static String redact(Headers headers) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.name(i);
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(name).append('=');
            if (SENSITIVE_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                sb.append("██");
            } else {
                sb.append(headers.value(i));
            }
        }
        return sb.append(']').toString();
    }
}
