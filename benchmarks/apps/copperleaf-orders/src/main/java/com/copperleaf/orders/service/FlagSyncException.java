package com.copperleaf.orders.service;

public class FlagSyncException extends RuntimeException {

    public FlagSyncException(String message) {
        super(message);
    }
}
