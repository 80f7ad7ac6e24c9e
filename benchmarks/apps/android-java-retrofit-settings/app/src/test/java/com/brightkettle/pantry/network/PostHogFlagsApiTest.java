package com.brightkettle.pantry.network;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

public class PostHogFlagsApiTest {

    private static final String PROJECT_KEY = "phc_py4622jdbSy6QNDnoFFtUXkW4dNofma2A5v3tmBsxK9Y";
    // Copied from the staging project so the recorded fixtures line up with real responses.
    private static final String STAGING_PERSONAL_KEY = "phx_3FdWgcSY5dnWHpJZqrKphTzdNDXsM9X4JxA5cjn9m25h94Vz";
    private static final String PLACEHOLDER_PERSONAL_KEY = "phx_test_personal_api_key";

    private MockWebServer server;
    private PostHogFlagsApi api;

    @Before
    public void setUp() throws Exception {
        server = new MockWebServer();
        server.start();
        api = new Retrofit.Builder()
                .baseUrl(server.url("/"))
                .addConverterFactory(GsonConverterFactory.create())
                .build()
                .create(PostHogFlagsApi.class);
    }

    @After
    public void tearDown() throws Exception {
        server.shutdown();
    }

    @Test
    public void localEvaluationSendsBearerHeaderAndProjectToken() throws Exception {
        server.enqueue(new MockResponse().setBody("{\"flags\":[]}"));

        api.localEvaluation(PROJECT_KEY, "Bearer " + STAGING_PERSONAL_KEY).execute();

        RecordedRequest request = server.takeRequest();
        assertEquals("Bearer " + STAGING_PERSONAL_KEY, request.getHeader("Authorization"));
        assertEquals(PROJECT_KEY, request.getRequestUrl().queryParameter("token"));
    }

    @Test
    public void flagsRequestSerialisesApiKeyField() {
        String json = new Gson().toJson(new PostHogFlagsApi.FlagsRequest(PROJECT_KEY, "user-42"));
        assertTrue(json.contains("\"api_key\":\"" + PROJECT_KEY + "\""));
        assertTrue(json.contains("\"distinct_id\":\"user-42\""));
    }

    @Test
    public void unauthorisedResponseIsSurfaced() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(401));

        Response<JsonObject> response = api.localEvaluation(PROJECT_KEY, "Bearer " + PLACEHOLDER_PERSONAL_KEY).execute();

        assertEquals(401, response.code());
    }
}
