package com.acme.flags.api;

import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** PostHog private API, feature flag endpoints. */
public interface FlagsApi {

    @GET("api/projects/{projectId}/feature_flags/")
    Call<FeatureFlagListResponse> listFlags(@Path("projectId") long projectId, @Query("limit") int limit);
}
