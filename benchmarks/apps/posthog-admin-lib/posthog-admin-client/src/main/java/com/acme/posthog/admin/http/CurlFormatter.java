package com.acme.posthog.admin.http;

import java.io.IOException;

import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;

/**
 * Turns an OkHttp request into an equivalent curl command line, so that a failing call can be
 * replayed by hand or pasted into a support ticket.
 */
public final class CurlFormatter {

    private CurlFormatter() {
    }

    public static String format(Request request) {
        StringBuilder sb = new StringBuilder("curl -sS -X ").append(request.method());
        for (String name : request.headers().names()) {
            for (String value : request.headers(name)) {
                sb.append(" -H '").append(name).append(": ").append(value).append('\'');
            }
        }
        RequestBody body = request.body();
        if (body != null) {
            sb.append(" --data '").append(bodyAsString(body).replace("'", "'\\''")).append('\'');
        }
        sb.append(" '").append(request.url()).append('\'');
        return sb.toString();
    }

    private static String bodyAsString(RequestBody body) {
        try (Buffer buffer = new Buffer()) {
            body.writeTo(buffer);
            return buffer.readUtf8();
        } catch (IOException e) {
            return "<unreadable body>";
        }
    }
}
