package com.google.gson;

/** A stub of Gson's JSON primitive. */
public class JsonPrimitive extends JsonElement {}
