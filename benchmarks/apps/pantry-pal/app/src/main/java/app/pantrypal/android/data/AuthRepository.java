package app.pantrypal.android.data;

import android.util.Log;
import app.pantrypal.android.data.remote.PantryApi;
import app.pantrypal.android.model.LoginResponse;
import java.io.IOException;
import retrofit2.Response;
import timber.log.Timber;

public class AuthRepository {

  private static final String TAG = "AuthRepository";

  private final PantryApi api;
  private final SessionStore store;

  public AuthRepository(PantryApi api, SessionStore store) {
    this.api = api;
    this.store = store;
  }

  public LoginResponse login(String email, String password) throws IOException {
    Response<LoginResponse> response = api.login(new PantryApi.LoginRequest(email, password)).execute();
    if (!response.isSuccessful() || response.body() == null) {
      Log.w(TAG, "Login failed with HTTP " + response.code());
      throw new IOException("Login failed (HTTP " + response.code() + ")");
    }
    LoginResponse body = response.body();
    Log.d(TAG, "Login OK: " + body);
    store.saveTokens(body.getAccessToken(), body.getRefreshToken());
    return body;
  }

  public String refreshSession() throws IOException {
    String refreshToken = store.refreshToken();
    Timber.d("Refreshing session (refresh token present=%s, length=%d)", refreshToken != null, refreshToken == null ? 0 : refreshToken.length());
    Response<LoginResponse> response = api.refresh(new PantryApi.RefreshRequest(refreshToken)).execute();
    if (!response.isSuccessful() || response.body() == null) {
      store.clear(SessionStore.TokenType.REFRESH);
      throw new IOException("Refresh failed (HTTP " + response.code() + ")");
    }
    String newToken = response.body().getAccessToken();
    Timber.d("Session token refreshed: %s", newToken);
    store.saveTokens(newToken, response.body().getRefreshToken());
    return newToken;
  }
}
