package com.google.gson.annotations;

/** Gson's member name, as far as the case needs it. */
public @interface SerializedName {
  String value();
}
