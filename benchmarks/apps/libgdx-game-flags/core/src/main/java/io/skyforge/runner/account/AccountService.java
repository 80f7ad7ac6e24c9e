package io.skyforge.runner.account;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.Net;
import com.badlogic.gdx.net.HttpRequestBuilder;
import com.badlogic.gdx.net.HttpRequestHeader;
import com.badlogic.gdx.net.HttpStatus;
import com.badlogic.gdx.utils.Json;
import com.badlogic.gdx.utils.JsonReader;
import com.badlogic.gdx.utils.JsonValue;
import com.badlogic.gdx.utils.JsonWriter;

public class AccountService {

    private static final String TAG = "Account";
    private static final String LOGIN_URL = "https://api.skyforge.io/v1/login";

    public static class LoginRequest {
        public String username;
        public String password;
        public String platform;

        public LoginRequest() {
        }

        LoginRequest(String username, String password, String platform) {
            this.username = username;
            this.password = password;
            this.platform = platform;
        }
    }

    private final Json json = new Json(JsonWriter.OutputType.json);
    private String sessionToken;
    private int sessionTokenTtlSeconds;

    public void login(String username, String password, final Runnable onSuccess) {
        String body = json.toJson(new LoginRequest(username, password, Gdx.app.getType().name()));
        Gdx.app.debug(TAG, "POST " + LOGIN_URL + " " + body);

        Net.HttpRequest request = new HttpRequestBuilder().newRequest()
                .method(Net.HttpMethods.POST)
                .url(LOGIN_URL)
                .header(HttpRequestHeader.ContentType, "application/json")
                .content(body)
                .build();

        Gdx.net.sendHttpRequest(request, new Net.HttpResponseListener() {
            @Override
            public void handleHttpResponse(Net.HttpResponse httpResponse) {
                if (httpResponse.getStatus().getStatusCode() != HttpStatus.SC_OK) {
                    Gdx.app.error(TAG, "login rejected: " + httpResponse.getStatus().getStatusCode());
                    return;
                }
                JsonValue root = new JsonReader().parse(httpResponse.getResultAsString());
                sessionToken = root.getString("session_token");
                sessionTokenTtlSeconds = root.getInt("expires_in", 3600);
                Gdx.app.log(TAG, "logged in, session valid for " + sessionTokenTtlSeconds + "s");
                Gdx.app.postRunnable(onSuccess);
            }

            @Override
            public void failed(Throwable t) {
                Gdx.app.error(TAG, "login failed", t);
            }

            @Override
            public void cancelled() {
            }
        });
    }

    public String getSessionToken() {
        return sessionToken;
    }

    public boolean isLoggedIn() {
        return sessionToken != null;
    }
}
