package com.acme.flagsync.data;

import com.acme.flagsync.config.FlagSecrets;
import com.acme.flagsync.config.SyncConfig;
import com.acme.flagsync.net.FlagSyncApi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import retrofit2.Response;

/**
 * Pulls flags from the acme backend, falls back to PostHog local evaluation, stores them in Room.
 */
public class FlagRepository {

    private final AppDatabase.FlagDao dao;
    private final FlagSyncApi backend;
    private final FlagSyncApi postHog;

    public FlagRepository(AppDatabase.FlagDao dao, FlagSyncApi backend, FlagSyncApi postHog) {
        this.dao = dao;
        this.backend = backend;
        this.postHog = postHog;
    }

    public int sync(SyncConfig config, long sessionId) throws FlagSyncException {
        FlagSyncApi.FlagsResponse body;
        try {
            Response<FlagSyncApi.FlagsResponse> response =
                    backend.getFlags(config.getProjectKey(), dao.lastUpdatedAt()).execute();
            if (response.isSuccessful() && response.body() != null) {
                body = response.body();
            } else if (config.isFallbackToPostHog()) {
                body = fetchFromPostHog(config);
            } else {
                throw new FlagSyncException("Backend returned " + response.code(), response.code());
            }
        } catch (IOException e) {
            throw new FlagSyncException("Backend unreachable at " + config.getBaseUrl(), e);
        }
        return store(body, sessionId);
    }

    private FlagSyncApi.FlagsResponse fetchFromPostHog(SyncConfig config)
            throws IOException, FlagSyncException {
        Response<FlagSyncApi.FlagsResponse> response = postHog
                .localEvaluation(FlagSecrets.FALLBACK_AUTHORIZATION, config.getProjectKey())
                .execute();
        if (!response.isSuccessful() || response.body() == null) {
            throw new FlagSyncException("PostHog rejected secure key " + config.getFlagsSecureKey()
                    + " (HTTP " + response.code() + ")", response.code());
        }
        return response.body();
    }

    private int store(FlagSyncApi.FlagsResponse body, long sessionId) {
        List<FlagEntity> rows = new ArrayList<>();
        long now = System.currentTimeMillis();
        if (body.flags != null) {
            for (FlagSyncApi.FlagDto dto : body.flags) {
                FlagEntity e = new FlagEntity();
                e.flagKey = dto.key;
                e.active = dto.active;
                e.rollout = dto.rolloutPercentage;
                e.sessionId = sessionId;
                e.updatedAt = now;
                rows.add(e);
            }
        }
        dao.upsertAll(rows);
        dao.deleteOlderThan(sessionId);
        return rows.size();
    }

    public List<FlagEntity> all() {
        return dao.getAll();
    }
}
