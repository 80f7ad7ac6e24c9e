package com.brightleaf.freeflags.net;

import com.brightleaf.freeflags.data.AuthSession;

import java.util.Map;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;

public interface BackendApi {

    @POST("v1/auth/login")
    Call<AuthSession> login(@Body Map<String, String> credentials);

    @POST("v1/auth/refresh")
    Call<AuthSession> refresh(@Header("X-Refresh-Token") String refreshToken);

    @GET("v1/me/entitlements")
    Call<Map<String, Object>> entitlements();
}
