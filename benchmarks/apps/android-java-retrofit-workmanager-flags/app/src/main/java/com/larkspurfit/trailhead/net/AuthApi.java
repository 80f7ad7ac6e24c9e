package com.larkspurfit.trailhead.net;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.POST;

public interface AuthApi {

    @POST("v2/auth/login")
    Call<LoginResponse> login(@Body LoginRequest request);

    @POST("v2/auth/refresh")
    Call<LoginResponse> refresh(@Body RefreshRequest request);

    final class LoginRequest {
        public final String email;
        public final String password;

        public LoginRequest(String email, String password) {
            this.email = email;
            this.password = password;
        }
    }

    final class RefreshRequest {
        public final String refreshToken;

        public RefreshRequest(String refreshToken) {
            this.refreshToken = refreshToken;
        }
    }

    final class LoginResponse {
        public String accessToken;
        public String refreshToken;
        public long expiresIn;
        public String userId;
    }
}
