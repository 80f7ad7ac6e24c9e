package com.brightkettle.pantry.network;

import com.brightkettle.pantry.auth.AuthRepository;
import com.brightkettle.pantry.data.PantryItem;

import java.util.List;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Field;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

public interface PantryApi {

    @POST("auth/login")
    Call<AuthRepository.Session> login(@Body LoginBody body);

    @FormUrlEncoded
    @POST("auth/refresh")
    Call<AuthRepository.Session> refresh(@Field("refresh_token") String refreshToken);

    @GET("pantry/items")
    Call<List<PantryItem>> listItems(@Query("since") long sinceEpochMillis);

    @PUT("pantry/items/{id}")
    Call<PantryItem> upsert(@Path("id") String id, @Body PantryItem item);

    final class LoginBody {
        final String email;
        final String password;

        public LoginBody(String email, String password) {
            this.email = email;
            this.password = password;
        }
    }
}
