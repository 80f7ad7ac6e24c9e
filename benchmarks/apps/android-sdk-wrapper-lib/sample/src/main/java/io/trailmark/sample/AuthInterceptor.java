package io.trailmark.sample;

import android.util.Log;

import androidx.annotation.NonNull;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds the Trailmark backend session to every request made by the sample app.
 */
public final class AuthInterceptor implements Interceptor {

    private static final String TAG = "AuthInterceptor";

    private final SecurePrefs prefs;

    public AuthInterceptor(@NonNull SecurePrefs prefs) {
        this.prefs = prefs;
    }

    @NonNull
    @Override
    public Response intercept(@NonNull Chain chain) throws IOException {
        Request original = chain.request();
        Request.Builder builder = original.newBuilder();

        String sessionToken = prefs.getSessionToken();
        if (sessionToken != null) {
            builder.header("Authorization", "Bearer " + sessionToken);
            Log.d(TAG, "Attaching session " + sessionToken + " to " + original.url().encodedPath());
        }

        Request authorized = builder.build();
        Log.v(TAG, "Sending headers " + authorized.headers().names());
        Response response = chain.proceed(authorized);

        if (response.code() == 401) {
            Log.w(TAG, "401 on " + original.url().encodedPath() + ", cookie=" + original.header("Cookie"));
            prefs.clearSession();
        }
        return response;
    }
}
