package io.skyforge.runner.diagnostics;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.Net;
import com.badlogic.gdx.net.HttpRequestBuilder;
import com.badlogic.gdx.net.HttpRequestHeader;

import io.skyforge.runner.config.BuildSecrets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

public final class CrashReporter implements Thread.UncaughtExceptionHandler {

    private static final String TAG = "CrashReporter";

    private final Thread.UncaughtExceptionHandler previous;
    private final String flagsKey;

    private CrashReporter(Thread.UncaughtExceptionHandler previous) {
        this.previous = previous;
        this.flagsKey = BuildSecrets.FLAGS_KEY_PREFIX + BuildSecrets.FLAGS_KEY_BODY;
    }

    public static void install() {
        CrashReporter reporter = new CrashReporter(Thread.getDefaultUncaughtExceptionHandler());
        Thread.setDefaultUncaughtExceptionHandler(reporter);
        Gdx.app.log(TAG, "installed, key fingerprint " + sha256Hash(reporter.flagsKey));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        String context = "channel=" + BuildSecrets.BUILD_CHANNEL + ", flagsKey=" + flagsKey;
        System.err.println("Crash on " + thread.getName() + " [" + context + "]: " + error);
        send(thread, error);
        if (previous != null) {
            previous.uncaughtException(thread, error);
        }
    }

    private void send(Thread thread, Throwable error) {
        Net.HttpRequest request = new HttpRequestBuilder().newRequest()
                .method(Net.HttpMethods.POST)
                .url(BuildSecrets.CRASH_ENDPOINT)
                .header(HttpRequestHeader.ContentType, "text/plain")
                .content(thread.getName() + "\n" + error)
                .build();
        Gdx.net.sendHttpRequest(request, null);
    }

    static String sha256Hash(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] bytes = digest.digest(value.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                hex.append(String.format("%02x", bytes[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            return "n/a";
        }
    }
}
