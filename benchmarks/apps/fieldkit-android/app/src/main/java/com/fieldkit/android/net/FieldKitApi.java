package com.fieldkit.android.net;

import com.fieldkit.android.auth.LoginRequest;
import com.fieldkit.android.auth.TokenResponse;
import com.google.gson.JsonObject;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Field;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.POST;
import retrofit2.http.Path;

public interface FieldKitApi {

    @POST("v2/auth/login")
    Call<TokenResponse> login(@Body LoginRequest request);

    @FormUrlEncoded
    @POST("v2/auth/refresh")
    Call<TokenResponse> refresh(@Field("refresh_token") String refreshToken);

    @POST("v2/sites/{siteId}/reports")
    Call<Void> uploadReport(@Path("siteId") String siteId, @Body JsonObject report);
}
