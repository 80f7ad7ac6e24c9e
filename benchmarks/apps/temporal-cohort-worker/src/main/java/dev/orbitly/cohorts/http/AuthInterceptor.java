package dev.orbitly.cohorts.http;

import dev.orbitly.cohorts.secrets.PostHogCredentials;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Adds the personal API key as a bearer token to every PostHog API call. */
public final class AuthInterceptor implements Interceptor {

    private final PostHogCredentials creds;

    public AuthInterceptor(PostHogCredentials creds) {
        this.creds = creds;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request original = chain.request();
        Request authed = original.newBuilder()
                .header("Authorization", creds.authorizationHeader())
                .build();
        return chain.proceed(authed);
    }
}
