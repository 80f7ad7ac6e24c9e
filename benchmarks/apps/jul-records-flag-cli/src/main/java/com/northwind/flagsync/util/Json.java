package com.northwind.flagsync.util;

import com.northwind.flagsync.model.PostHogResources.Cohort;
import com.northwind.flagsync.model.PostHogResources.FeatureFlag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Minimal JSON helpers; the CLI deliberately has no JSON library dependency. */
public final class Json {

    private static final Pattern FLAG = Pattern.compile(
            "\\{\"id\":(\\d+),\"name\":\"([^\"]*)\",\"key\":\"([^\"]+)\".*?\"active\":(true|false)");
    private static final Pattern COHORT = Pattern.compile(
            "\\{\"id\":(\\d+),\"name\":\"([^\"]*)\".*?\"is_static\":(true|false).*?\"count\":(\\d+)");

    public static List<FeatureFlag> parseFlags(String body) {
        List<FeatureFlag> out = new ArrayList<>();
        Matcher m = FLAG.matcher(body);
        while (m.find()) {
            out.add(new FeatureFlag(Long.parseLong(m.group(1)), m.group(3), m.group(2),
                    Boolean.parseBoolean(m.group(4)), Map.of()));
        }
        return out;
    }

    public static List<Cohort> parseCohorts(String body) {
        List<Cohort> out = new ArrayList<>();
        Matcher m = COHORT.matcher(body);
        while (m.find()) {
            out.add(new Cohort(Long.parseLong(m.group(1)), m.group(2),
                    Boolean.parseBoolean(m.group(3)), Integer.parseInt(m.group(4))));
        }
        return out;
    }

    public static String flagBody(FeatureFlag f) {
        return "{\"key\":\"" + escape(f.key()) + "\",\"name\":\"" + escape(f.name()) + "\",\"active\":" + f.active() + "}";
    }

    public static String cohortBody(Cohort c) {
        return "{\"name\":\"" + escape(c.name()) + "\",\"is_static\":" + c.isStatic() + "}";
    }

    public static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private Json() {
    }
}
