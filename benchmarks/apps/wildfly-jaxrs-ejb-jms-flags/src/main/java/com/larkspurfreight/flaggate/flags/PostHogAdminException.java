package com.larkspurfreight.flaggate.flags;

public class PostHogAdminException extends RuntimeException {

    private final int status;

    public PostHogAdminException(String message, int status) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
