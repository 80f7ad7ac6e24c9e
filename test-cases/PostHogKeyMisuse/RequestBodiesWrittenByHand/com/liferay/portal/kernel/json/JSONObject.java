package com.liferay.portal.kernel.json;

public interface JSONObject {
  JSONObject put(String key, Object value);
}
