package net.quillstone.exporter.http;

import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Headers;
import retrofit2.http.Path;
import retrofit2.http.Query;

import java.util.List;
import java.util.Map;

/**
 * The parts of PostHog's private API the exporter reads.
 */
public interface PostHogApi {

    @GET("api/projects/{projectId}/cohorts/{cohortId}/")
    Call<Cohort> cohort(@Path("projectId") long projectId, @Path("cohortId") long cohortId);

    @GET("api/projects/{projectId}/cohorts/{cohortId}/persons/")
    Call<PersonPage> cohortPersons(@Path("projectId") long projectId, @Path("cohortId") long cohortId,
                                   @Query("cursor") String cursor, @Query("limit") int limit);

    // flag definitions are read with the project's feature-flags secure key, not a personal key
    @Headers("Authorization: Bearer phs_z2y4U2UGqLFQjN4yQBgmnfruuP44L8ftPiQqZRFx5Que2RMy")
    @GET("api/feature_flag/local_evaluation/")
    Call<FlagDefinitions> localEvaluation(@Query("token") String projectApiKey);

    record Cohort(long id, String name, int count) {
    }

    record Person(String id, List<String> distinct_ids, Map<String, Object> properties) {
    }

    record PersonPage(List<Person> results, String next) {
    }

    record FlagDefinitions(List<Map<String, Object>> flags) {
    }
}
