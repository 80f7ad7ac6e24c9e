package com.fieldcrew.flags.model;

import androidx.annotation.NonNull;

import java.text.DateFormat;
import java.util.Date;

/**
 * What the header of the flags screen shows.
 */
public final class FlagSummary {

    private final int total;
    private final int active;
    private final long lastSyncMillis;
    private final String evaluationKey;

    public FlagSummary(int total, int active, long lastSyncMillis, String evaluationKey) {
        this.total = total;
        this.active = active;
        this.lastSyncMillis = lastSyncMillis;
        this.evaluationKey = evaluationKey;
    }

    public int getTotal() {
        return total;
    }

    public int getActive() {
        return active;
    }

    public long getLastSyncMillis() {
        return lastSyncMillis;
    }

    public String getEvaluationKey() {
        return evaluationKey;
    }

    @NonNull
    @Override
    public String toString() {
        String when = lastSyncMillis == 0
                ? "never"
                : DateFormat.getDateTimeInstance().format(new Date(lastSyncMillis));
        return active + "/" + total + " flags active · last sync " + when
                + " · local evaluation with " + evaluationKey;
    }
}
