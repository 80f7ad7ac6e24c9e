package com.fernhill.fulfilment.worker.logging;

import com.google.gson.JsonObject;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

public final class CloudRunJsonFormatter extends Formatter {

    private final String serviceName;

    public CloudRunJsonFormatter(String serviceName) {
        this.serviceName = serviceName;
    }

    public static void install(String serviceName, Level level) {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        Handler stdout = new StreamHandler(System.out, new CloudRunJsonFormatter(serviceName)) {
            @Override
            public synchronized void publish(LogRecord record) {
                super.publish(record);
                flush();
            }
        };
        stdout.setLevel(level);
        root.addHandler(stdout);
        root.setLevel(level);
    }

    @Override
    public String format(LogRecord record) {
        JsonObject entry = new JsonObject();
        entry.addProperty("severity", severity(record.getLevel()));
        entry.addProperty("message", formatMessage(record));
        entry.addProperty("time", Instant.ofEpochMilli(record.getMillis()).toString());
        entry.addProperty("logger", record.getLoggerName());
        entry.addProperty("thread", Thread.currentThread().getName());
        entry.addProperty("serviceContext", serviceName);
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            entry.addProperty("stack_trace", trace.toString());
        }
        return entry + System.lineSeparator();
    }

    private static String severity(Level level) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            return "ERROR";
        }
        if (value >= Level.WARNING.intValue()) {
            return "WARNING";
        }
        if (value >= Level.INFO.intValue()) {
            return "INFO";
        }
        return "DEBUG";
    }
}
