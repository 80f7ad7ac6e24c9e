package com.acme.flagapi.web;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import spark.ResponseTransformer;

/**
 * Renders route results as JSON with Gson.
 */
public class JsonTransformer implements ResponseTransformer {

    public static final Gson GSON = new GsonBuilder()
            .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
            .disableHtmlEscaping()
            .create();

    @Override
    public String render(Object model) {
        return GSON.toJson(model);
    }
}
