package com.brightloop.rollout.flags;

public class FlagSyncException extends RuntimeException {

    private final int upstreamStatus;

    public FlagSyncException(String message, int upstreamStatus) {
        super(message);
        this.upstreamStatus = upstreamStatus;
    }

    public int getUpstreamStatus() {
        return upstreamStatus;
    }
}
