package com.harborlight.remoteflags.data;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;

public final class DiagnosticsReport {

    public enum TokenKind { SECURE, PERSONAL, BUNDLED, NONE }

    private final String projectKey;
    private final String authKey;
    private final TokenKind tokenKind;
    private final long lastSyncMillis;
    private final int flagCount;
    private final int lastHttpStatus;

    public DiagnosticsReport(String projectKey, String authKey, TokenKind tokenKind,
                             long lastSyncMillis, int flagCount, int lastHttpStatus) {
        this.projectKey = projectKey;
        this.authKey = authKey;
        this.tokenKind = tokenKind;
        this.lastSyncMillis = lastSyncMillis;
        this.flagCount = flagCount;
        this.lastHttpStatus = lastHttpStatus;
    }

    public String projectKey() {
        return projectKey;
    }

    public TokenKind tokenKind() {
        return tokenKind;
    }

    public int flagCount() {
        return flagCount;
    }

    public int lastHttpStatus() {
        return lastHttpStatus;
    }

    @Override
    public String toString() {
        String synced = lastSyncMillis == 0L
                ? "never"
                : new SimpleDateFormat("yyyy-MM-dd HH:mm:ss", Locale.US).format(new Date(lastSyncMillis));
        return "DiagnosticsReport{"
                + "projectKey=" + projectKey
                + ", authKey=" + authKey
                + ", tokenKind=" + tokenKind
                + ", lastSync=" + synced
                + ", flags=" + flagCount
                + ", lastHttpStatus=" + lastHttpStatus
                + '}';
    }
}
