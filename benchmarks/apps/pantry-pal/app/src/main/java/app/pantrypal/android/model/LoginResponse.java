package app.pantrypal.android.model;

import com.google.gson.annotations.SerializedName;

/** Body of POST /v2/auth/login and /v2/auth/refresh. */
public final class LoginResponse {

  @SerializedName("user_id")
  private String userId;

  @SerializedName("access_token")
  private String accessToken;

  @SerializedName("refresh_token")
  private String refreshToken;

  @SerializedName("expires_in")
  private long expiresIn;

  public String getUserId() {
    return userId;
  }

  public String getAccessToken() {
    return accessToken;
  }

  public String getRefreshToken() {
    return refreshToken;
  }

  public long getExpiresIn() {
    return expiresIn;
  }

  @Override
  public String toString() {
    return "LoginResponse{userId='" + userId + "', accessToken='" + accessToken + "', refreshToken='" + refreshToken + "', expiresIn=" + expiresIn + "}";
  }
}
