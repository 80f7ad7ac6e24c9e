package com.acme.flag.admin.web.model;

import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.json.JSONUtil;

import java.io.Serializable;

/**
 * @author Platform Team
 */
public class FlagDefinition implements Serializable {

	public static FlagDefinition fromJSONObject(JSONObject jsonObject) {
		FlagDefinition flagDefinition = new FlagDefinition();

		flagDefinition.setActive(jsonObject.getBoolean("active"));
		flagDefinition.setFlagId(jsonObject.getLong("id"));
		flagDefinition.setKey(jsonObject.getString("key"));
		flagDefinition.setName(jsonObject.getString("name"));
		flagDefinition.setRolloutPercentage(
			jsonObject.getInt("rollout_percentage", 100));

		return flagDefinition;
	}

	public long getFlagId() {
		return _flagId;
	}

	public String getKey() {
		return _key;
	}

	public String getName() {
		return _name;
	}

	public int getRolloutPercentage() {
		return _rolloutPercentage;
	}

	public boolean isActive() {
		return _active;
	}

	public void setActive(boolean active) {
		_active = active;
	}

	public void setFlagId(long flagId) {
		_flagId = flagId;
	}

	public void setKey(String key) {
		_key = key;
	}

	public void setName(String name) {
		_name = name;
	}

	public void setRolloutPercentage(int rolloutPercentage) {
		_rolloutPercentage = rolloutPercentage;
	}

	public JSONObject toJSONObject() {
		return JSONUtil.put(
			"active", _active
		).put(
			"id", _flagId
		).put(
			"key", _key
		).put(
			"name", _name
		).put(
			"rolloutPercentage", _rolloutPercentage
		);
	}

	@Override
	public String toString() {
		return "FlagDefinition{key=" + _key + ", active=" + _active +
			", rolloutPercentage=" + _rolloutPercentage + "}";
	}

	private boolean _active;
	private long _flagId;
	private String _key;
	private String _name;
	private int _rolloutPercentage;

}
