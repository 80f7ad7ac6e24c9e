package dev.orbitly.cohorts.http;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

public final class RequestLoggingInterceptor implements Interceptor {

    private static final Logger log = LogManager.getLogger(RequestLoggingInterceptor.class);

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        long start = System.nanoTime();
        log.debug("--> {} {}\n{}", request.method(), request.url().encodedPath(), request.headers());
        Response response = chain.proceed(request);
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        log.debug("<-- {} {} ({} ms)", response.code(), request.url().encodedPath(), tookMs);
        return response;
    }
}
