package com.acme.flagsync.net;

import com.google.gson.annotations.SerializedName;

import java.util.List;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.Query;

/**
 * Backend flag-sync API (acme flag service) plus the PostHog fallback endpoint.
 */
public interface FlagSyncApi {

    @GET("v1/flags")
    Call<FlagsResponse> getFlags(@Query("project") String projectKey,
                                 @Query("since") long sinceEpochMillis);

    @POST("v1/auth/refresh")
    Call<TokenResponse> refresh(@Body RefreshRequest request);

    @POST("v1/auth/login")
    Call<TokenResponse> login(@Body LoginRequest request);

    /** PostHog local evaluation, used when the acme backend is unreachable. */
    @GET("api/feature_flag/local_evaluation/")
    Call<FlagsResponse> localEvaluation(@Header("Authorization") String authorization,
                                        @Query("token") String projectKey);

    final class FlagsResponse {
        @SerializedName("flags")
        public List<FlagDto> flags;
        @SerializedName("server_time")
        public long serverTime;
    }

    final class FlagDto {
        @SerializedName("key")
        public String key;
        @SerializedName("active")
        public boolean active;
        @SerializedName("rollout_percentage")
        public int rolloutPercentage;
    }

    final class TokenResponse {
        @SerializedName("access_token")
        public String accessToken;
        @SerializedName("refresh_token")
        public String refreshToken;
        @SerializedName("expires_in")
        public long expiresIn;
    }

    final class RefreshRequest {
        @SerializedName("refresh_token")
        public final String refreshToken;

        public RefreshRequest(String refreshToken) {
            this.refreshToken = refreshToken;
        }
    }

    final class LoginRequest {
        @SerializedName("username")
        public final String username;
        @SerializedName("password")
        public final String password;

        public LoginRequest(String username, String password) {
            this.username = username;
            this.password = password;
        }
    }
}
