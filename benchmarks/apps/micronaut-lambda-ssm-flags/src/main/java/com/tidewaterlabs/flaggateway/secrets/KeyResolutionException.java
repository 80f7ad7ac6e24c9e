package com.tidewaterlabs.flaggateway.secrets;

public class KeyResolutionException extends RuntimeException {

    public KeyResolutionException(String message) {
        super(message);
    }

    public KeyResolutionException(String message, Throwable cause) {
        super(message, cause);
    }
}
