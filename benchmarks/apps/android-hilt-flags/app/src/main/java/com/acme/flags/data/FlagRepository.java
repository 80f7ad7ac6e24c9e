package com.acme.flags.data;

import android.util.Log;

import com.acme.flags.api.FeatureFlagListResponse;
import com.acme.flags.api.FeatureFlagListResponse.FeatureFlag;
import com.acme.flags.api.FlagsApi;
import com.acme.flags.auth.AuthException;
import com.acme.flags.auth.SessionManager;
import com.acme.flags.config.PostHogKeys;
import com.acme.flags.model.UserSession;

import java.io.IOException;
import java.util.Collections;
import java.util.List;

import javax.inject.Inject;
import javax.inject.Singleton;

import retrofit2.Response;

@Singleton
public class FlagRepository {

    private static final String TAG = "FlagRepository";

    private final FlagsApi api;
    private final SessionManager sessions;

    @Inject
    public FlagRepository(FlagsApi api, SessionManager sessions) {
        this.api = api;
        this.sessions = sessions;
    }

    public List<FeatureFlag> fetchFlags(long projectId) throws IOException, AuthException {
        UserSession session = sessions.current();
        Log.i(TAG, "Fetching flags for " + session);

        Response<FeatureFlagListResponse> response = api.listFlags(projectId, 200).execute();
        if (response.code() == 401) {
            String sentAuthorization = response.raw().request().header(PostHogKeys.AUTH_HEADER);
            Log.w(TAG, "PostHog rejected credentials: " + sentAuthorization);
            throw new AuthException("PostHog returned 401 for project " + projectId);
        }
        FeatureFlagListResponse body = response.body();
        if (!response.isSuccessful() || body == null || body.results == null) {
            return Collections.emptyList();
        }
        for (FeatureFlag flag : body.results) {
            Log.d(TAG, "flag " + flag.key + " active=" + flag.active);
        }
        return body.results;
    }
}
