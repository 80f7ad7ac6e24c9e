package com.lumenmart.shop.api;

import com.lumenmart.shop.model.Session;

import java.util.List;
import java.util.Map;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

public interface ShopService {

    @POST("v2/auth/login")
    Call<Session> login(@Body Map<String, String> credentials);

    @POST("v2/auth/refresh")
    Call<Session> refresh(@Body Map<String, String> refreshRequest);

    @GET("v2/catalog/products")
    Call<List<Map<String, Object>>> products(@Query("category") String category, @Query("page") int page);

    @POST("v2/checkout/{cartId}")
    Call<Map<String, Object>> checkout(@Path("cartId") String cartId, @Header("Authorization") String authorization);
}
