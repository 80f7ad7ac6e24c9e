package com.lumenmart.shop.api;

import android.util.Base64;
import android.util.Log;

import androidx.annotation.NonNull;

import com.lumenmart.shop.BuildConfig;
import com.lumenmart.shop.config.ShopConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

public class RequestSigner implements Interceptor {

    private static final String TAG = "RequestSigner";
    private static final String HMAC_ALGORITHM = "HmacSHA256";

    private final String signingSecret;

    public RequestSigner(String signingSecret) {
        this.signingSecret = signingSecret;
    }

    @NonNull
    @Override
    public Response intercept(@NonNull Chain chain) throws IOException {
        Request request = chain.request();
        long timestamp = System.currentTimeMillis() / 1000L;
        String payload = request.method() + "\n" + request.url().encodedPath() + "\n" + timestamp;
        if (BuildConfig.DEBUG) {
            Log.d(TAG, "Signing " + payload.replace('\n', ' ') + " with " + signingSecret);
        }
        Request signed = request.newBuilder()
                .header(ShopConfig.HEADER_SIGNATURE, sign(payload))
                .header(ShopConfig.HEADER_TIMESTAMP, String.valueOf(timestamp))
                .build();
        return chain.proceed(signed);
    }

    private String sign(String payload) throws IOException {
        try {
            Mac mac = Mac.getInstance(HMAC_ALGORITHM);
            mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), HMAC_ALGORITHM));
            byte[] digest = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
            return Base64.encodeToString(digest, Base64.NO_WRAP);
        } catch (GeneralSecurityException e) {
            throw new IOException("Unable to sign request", e);
        }
    }
}
