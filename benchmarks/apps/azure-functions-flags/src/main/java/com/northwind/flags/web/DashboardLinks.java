package com.northwind.flags.web;

import com.northwind.flags.config.FlagSettings;
import com.northwind.flags.config.SdkDefaults;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

public final class DashboardLinks {

    private DashboardLinks() {
    }

    public static String flagList(FlagSettings settings) {
        return SdkDefaults.PRIVATE_API_HOST + "/project/" + settings.getProjectId() + "/feature_flags";
    }

    public static String flagEditor(FlagSettings settings, String flagKey) {
        return flagList(settings)
                + "?search=" + URLEncoder.encode(flagKey, StandardCharsets.UTF_8)
                + "&personal_api_key=" + URLEncoder.encode(settings.getPersonalApiKey(), StandardCharsets.UTF_8);
    }
}
