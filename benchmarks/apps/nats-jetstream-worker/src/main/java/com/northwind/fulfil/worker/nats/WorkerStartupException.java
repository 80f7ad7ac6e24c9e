package com.northwind.fulfil.worker.nats;

public class WorkerStartupException extends Exception {

    public WorkerStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
