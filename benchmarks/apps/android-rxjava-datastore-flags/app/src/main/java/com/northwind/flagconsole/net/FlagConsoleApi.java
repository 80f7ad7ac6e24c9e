package com.northwind.flagconsole.net;

import com.google.gson.annotations.SerializedName;
import com.northwind.flagconsole.auth.UserSession;

import java.util.List;
import java.util.Map;

import io.reactivex.rxjava3.core.Single;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Query;

public interface FlagConsoleApi {

    @POST("v1/auth/refresh")
    Single<UserSession> refresh(@Body Map<String, String> body);

    @GET("v1/flags")
    Single<List<FlagState>> flags(@Query("environment") String environment);

    final class FlagState {
        @SerializedName("key")
        public String key;

        @SerializedName("enabled")
        public boolean enabled;

        @SerializedName("rollout_percentage")
        public int rolloutPercentage;
    }
}
