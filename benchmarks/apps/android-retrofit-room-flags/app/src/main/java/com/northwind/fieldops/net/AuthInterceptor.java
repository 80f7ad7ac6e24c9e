package com.northwind.fieldops.net;

import android.util.Log;

import androidx.annotation.NonNull;

import com.northwind.fieldops.data.SessionDao;
import com.northwind.fieldops.data.SessionEntity;
import com.northwind.fieldops.util.Tokens;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds the signed-in technician's bearer token to every call to the FieldOps backend.
 */
public class AuthInterceptor implements Interceptor {

    private static final String TAG = "AuthInterceptor";
    static final String HEADER_AUTHORIZATION = "Authorization";
    static final String HEADER_API_KEY = "X-Api-Key";

    private final SessionDao sessionDao;

    public AuthInterceptor(SessionDao sessionDao) {
        this.sessionDao = sessionDao;
    }

    @NonNull
    @Override
    public Response intercept(@NonNull Chain chain) throws IOException {
        Request original = chain.request();
        SessionEntity session = sessionDao.currentSession();
        if (session == null || session.accessToken == null) {
            return chain.proceed(original);
        }

        String accessToken = session.accessToken;
        Log.d(TAG, "using token " + accessToken.substring(0, 4) + "****");
        Log.d(TAG, "token fingerprint " + Tokens.sha256Hex(accessToken));

        Request authed = original.newBuilder()
                .header(HEADER_AUTHORIZATION, "Bearer " + accessToken)
                .removeHeader(HEADER_API_KEY)
                .build();
        Log.d(TAG, "-> " + authed.method() + " " + authed.url() + " auth=" + authed.header(HEADER_AUTHORIZATION));

        Response response = chain.proceed(authed);
        if (response.code() == 401) {
            Log.w(TAG, "backend rejected session " + session.sessionId + ", clearing it");
            sessionDao.clear();
        }
        return response;
    }
}
