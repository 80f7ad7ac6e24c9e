package io.northwind.flags.http;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.inject.Inject;
import javax.inject.Named;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Signs every call to PostHog's private API with the personal (or secure) API key. */
public final class AuthInterceptor implements Interceptor {

    private static final Logger LOG = Logger.getLogger(AuthInterceptor.class.getName());
    static final String AUTH_HEADER = "Authorization";

    private final String personalApiKey;

    @Inject
    AuthInterceptor(@Named("localEvaluationKey") String personalApiKey) {
        this.personalApiKey = personalApiKey;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request original = chain.request();
        if (personalApiKey == null || original.header(AUTH_HEADER) != null) {
            return chain.proceed(original);
        }
        Request signed = original.newBuilder()
                .header(AUTH_HEADER, "Bearer " + personalApiKey)
                .build();
        if (LOG.isLoggable(Level.FINER)) {
            LOG.finer("-> " + signed.method() + " " + signed.url().encodedPath()
                    + " auth=" + signed.header(AUTH_HEADER));
        }
        return chain.proceed(signed);
    }
}
