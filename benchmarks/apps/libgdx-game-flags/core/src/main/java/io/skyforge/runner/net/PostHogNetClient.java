package io.skyforge.runner.net;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.Net;
import com.badlogic.gdx.net.HttpRequestBuilder;
import com.badlogic.gdx.net.HttpRequestHeader;
import com.badlogic.gdx.net.HttpStatus;
import com.badlogic.gdx.utils.JsonReader;
import com.badlogic.gdx.utils.JsonValue;
import com.badlogic.gdx.utils.JsonWriter;
import com.badlogic.gdx.utils.ObjectMap;

import io.skyforge.runner.config.TelemetryConfig;

import java.util.Map;

public class PostHogNetClient {

    private static final String TAG = "PostHogNet";
    private static final int TIMEOUT_MS = 10_000;

    public interface FlagsCallback {
        void onFlags(JsonValue flags);

        void onError(FlagFetchException error);
    }

    private final TelemetryConfig config;
    private final HttpRequestBuilder requestBuilder = new HttpRequestBuilder();
    private final JsonReader jsonReader = new JsonReader();

    public PostHogNetClient(TelemetryConfig config) {
        this.config = config;
    }

    public void capture(String distinctId, String event, ObjectMap<String, Object> properties) {
        JsonValue body = new JsonValue(JsonValue.ValueType.object);
        body.addChild("api_key", new JsonValue(config.getProjectApiKey()));
        body.addChild("event", new JsonValue(event));
        body.addChild("distinct_id", new JsonValue(distinctId));
        JsonValue props = new JsonValue(JsonValue.ValueType.object);
        for (ObjectMap.Entry<String, Object> entry : properties) {
            props.addChild(entry.key, new JsonValue(String.valueOf(entry.value)));
        }
        body.addChild("properties", props);

        Net.HttpRequest request = requestBuilder.newRequest()
                .method(Net.HttpMethods.POST)
                .url(config.getHost() + "/i/v0/e/")
                .header(HttpRequestHeader.ContentType, "application/json")
                .content(body.toJson(JsonWriter.OutputType.json))
                .timeout(TIMEOUT_MS)
                .build();

        Gdx.net.sendHttpRequest(request, new Net.HttpResponseListener() {
            @Override
            public void handleHttpResponse(Net.HttpResponse httpResponse) {
                Gdx.app.debug(TAG, "capture " + event + " -> " + httpResponse.getStatus().getStatusCode());
            }

            @Override
            public void failed(Throwable t) {
                Gdx.app.error(TAG, "capture " + event + " failed", t);
            }

            @Override
            public void cancelled() {
            }
        });
    }

    public void fetchFlags(final FlagsCallback callback) {
        final String url = config.getHost() + "/api/feature_flag/local_evaluation/?token="
                + config.getProjectApiKey() + "&send_cohorts";
        final String authorization = "Bearer " + config.getPersonalApiKey();

        final Net.HttpRequest request = requestBuilder.newRequest()
                .method(Net.HttpMethods.GET)
                .url(url)
                .header(HttpRequestHeader.Authorization, authorization)
                .header(HttpRequestHeader.Accept, "application/json")
                .timeout(TIMEOUT_MS)
                .build();

        Gdx.app.debug(TAG, "Using header " + HttpRequestHeader.Authorization + " for local evaluation");
        logRequest(request);

        Gdx.net.sendHttpRequest(request, new Net.HttpResponseListener() {
            @Override
            public void handleHttpResponse(Net.HttpResponse httpResponse) {
                int status = httpResponse.getStatus().getStatusCode();
                if (status != HttpStatus.SC_OK) {
                    callback.onError(new FlagFetchException(status, url, authorization));
                    return;
                }
                JsonValue root = jsonReader.parse(httpResponse.getResultAsString());
                callback.onFlags(root.get("flags"));
            }

            @Override
            public void failed(Throwable t) {
                Gdx.app.error(TAG, "Flag poll failed, request headers: " + request.getHeaders(), t);
                callback.onError(new FlagFetchException("network failure", t));
            }

            @Override
            public void cancelled() {
                Gdx.app.log(TAG, "Flag poll cancelled");
            }
        });
    }

    private void logRequest(Net.HttpRequest request) {
        StringBuilder dump = new StringBuilder(request.getMethod()).append(' ').append(request.getUrl());
        for (Map.Entry<String, String> header : request.getHeaders().entrySet()) {
            String value = HttpRequestHeader.Authorization.equalsIgnoreCase(header.getKey())
                    ? "<redacted>"
                    : header.getValue();
            dump.append("\n  ").append(header.getKey()).append(": ").append(value);
        }
        Gdx.app.debug(TAG, dump.toString());
    }
}
