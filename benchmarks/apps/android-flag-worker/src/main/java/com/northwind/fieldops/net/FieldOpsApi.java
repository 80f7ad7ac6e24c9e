package com.northwind.fieldops.net;

import com.google.gson.annotations.SerializedName;

import java.util.List;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** FieldOps backend (api.fieldops.northwind.io). The Authorization header comes from AuthInterceptor. */
public interface FieldOpsApi {

    record LoginRequest(String email, String password, @SerializedName("device_id") String deviceId) {
    }

    record RefreshRequest(@SerializedName("refresh_token") String refreshToken) {
    }

    record TokenResponse(
            @SerializedName("session_token") String sessionToken,
            @SerializedName("refresh_token") String refreshToken,
            @SerializedName("expires_in") long expiresIn) {
    }

    record JobDto(long id, String title, String status, @SerializedName("updated_at") long updatedAt) {
    }

    @POST("auth/login")
    Call<TokenResponse> login(@Body LoginRequest body);

    @POST("auth/refresh")
    Call<TokenResponse> refresh(@Body RefreshRequest body);

    @GET("jobs")
    Call<List<JobDto>> jobs(@Query("since") long sinceEpochMillis);

    @POST("jobs/{id}/work-sessions/{sessionId}/close")
    Call<Void> closeWorkSession(@Path("id") long jobId, @Path("sessionId") long sessionId);
}
