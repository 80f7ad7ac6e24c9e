package com.lumenmart.shop.data;

import android.content.Context;
import android.content.SharedPreferences;

import com.lumenmart.shop.api.ShopApiClient;
import com.lumenmart.shop.api.ShopApiException;
import com.lumenmart.shop.api.ShopService;
import com.lumenmart.shop.model.Session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;

import retrofit2.Response;
import timber.log.Timber;

public class LoginRepository {

    private static final String PREFS = "lumen_session";
    private static final String PREF_ACCESS_TOKEN = "access_token";
    private static final String PREF_USER_ID = "user_id";

    private final SharedPreferences prefs;
    private volatile Session session;

    public LoginRepository(Context context) {
        this.prefs = context.getApplicationContext().getSharedPreferences(PREFS, Context.MODE_PRIVATE);
        String storedToken = prefs.getString(PREF_ACCESS_TOKEN, null);
        if (storedToken != null) {
            session = new Session(prefs.getString(PREF_USER_ID, null), storedToken, null, Session.TokenType.BEARER, 0L);
        }
    }

    public ShopService service() {
        return ShopApiClient.get(this).service();
    }

    public Session login(String email, String password) throws ShopApiException {
        System.out.println("Login attempt for " + email + " using password " + password);
        Map<String, String> credentials = new HashMap<>();
        credentials.put("email", email);
        credentials.put("password", password);
        try {
            Response<Session> response = service().login(credentials).execute();
            if (!response.isSuccessful() || response.body() == null) {
                throw new ShopApiException(response.code(), "Login rejected for " + email);
            }
            Session fresh = response.body();
            store(fresh);
            Timber.i("Logged in: %s", fresh);
            return fresh;
        } catch (IOException e) {
            throw new ShopApiException(0, "Network error during login", e);
        }
    }

    public void adoptWebToken(String token) {
        boolean hasToken = token != null && !token.isEmpty();
        Timber.d("Adopting web session, hasToken=%b", hasToken);
        if (!hasToken) {
            return;
        }
        Timber.d("Web token fingerprint %s", hashToken(token));
        store(new Session(currentUserId(), token, null, Session.TokenType.BEARER, 0L));
    }

    public Session currentSession() {
        return session;
    }

    public String accessToken() {
        Session current = session;
        return current != null ? current.getAccessToken() : null;
    }

    public String currentUserId() {
        Session current = session;
        return current != null && current.getUserId() != null ? current.getUserId() : "anonymous";
    }

    public boolean isLoggedIn() {
        return accessToken() != null;
    }

    public void logout() {
        session = null;
        prefs.edit().clear().apply();
    }

    private void store(Session fresh) {
        session = fresh;
        prefs.edit()
                .putString(PREF_ACCESS_TOKEN, fresh.getAccessToken())
                .putString(PREF_USER_ID, fresh.getUserId())
                .apply();
    }

    private static String hashToken(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(value.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder(hash.length * 2);
            for (byte b : hash) {
                sb.append(String.format("%02x", b));
            }
            return sb.substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            return "n/a";
        }
    }
}
