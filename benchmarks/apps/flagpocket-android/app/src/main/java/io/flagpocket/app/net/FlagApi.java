package io.flagpocket.app.net;

import java.util.List;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Query;

/** Retrofit interface of the FlagPocket relay (see the {@code server} module). */
public interface FlagApi {

    @POST("v1/session")
    Call<SessionResponse> login(@Body LoginRequest request);

    @GET("v1/flags")
    Call<FlagPage> listFlags(@Query("distinct_id") String distinctId,
                             @Query("page_token") String pageToken);

    record SessionResponse(String sessionToken, String distinctId, long expiresAt) {
    }

    record FlagPage(List<FlagDto> flags, String nextPageToken) {
    }

    record FlagDto(String key, boolean enabled, String variant, long updatedAt) {
    }
}
