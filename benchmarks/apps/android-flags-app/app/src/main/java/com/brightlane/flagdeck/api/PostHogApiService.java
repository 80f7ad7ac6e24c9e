package com.brightlane.flagdeck.api;

import java.util.Map;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.PATCH;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** Subset of the PostHog private API the app needs. */
public interface PostHogApiService {

    String AUTHORIZATION = "Authorization";

    @GET("api/projects/{projectId}/feature_flags/")
    Call<FlagListResponse> listFlags(@Header(AUTHORIZATION) String authorization,
                                     @Path("projectId") String projectId,
                                     @Query("limit") int limit);

    @PATCH("api/projects/{projectId}/feature_flags/{id}/")
    Call<FlagListResponse.Flag> updateFlag(@Header(AUTHORIZATION) String authorization,
                                           @Path("projectId") String projectId,
                                           @Path("id") long id,
                                           @Body Map<String, Object> patch);
}
