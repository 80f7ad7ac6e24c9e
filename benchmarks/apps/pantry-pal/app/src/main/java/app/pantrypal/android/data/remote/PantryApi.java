package app.pantrypal.android.data.remote;

import app.pantrypal.android.model.LoginResponse;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.POST;

/** PantryPal's own backend. */
public interface PantryApi {

  final class LoginRequest {
    final String email;
    final String password;

    public LoginRequest(String email, String password) {
      this.email = email;
      this.password = password;
    }
  }

  final class RefreshRequest {
    final String refresh_token;

    public RefreshRequest(String refreshToken) {
      this.refresh_token = refreshToken;
    }
  }

  @POST("v2/auth/login")
  Call<LoginResponse> login(@Body LoginRequest request);

  @POST("v2/auth/refresh")
  Call<LoginResponse> refresh(@Body RefreshRequest request);
}
