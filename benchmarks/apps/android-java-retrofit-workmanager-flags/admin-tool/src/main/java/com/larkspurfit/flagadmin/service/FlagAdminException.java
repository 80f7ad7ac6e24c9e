package com.larkspurfit.flagadmin.service;

public class FlagAdminException extends RuntimeException {

    public FlagAdminException(String message, Throwable cause) {
        super(message, cause);
    }
}
