package dev.shipyard.releasebot.model;

import java.util.List;

/** What the bot is about to do. */
public record ReleasePlan(String tagName, String title, boolean prerelease, String previousTag, List<String> changes) {

    public static ReleasePlan of(String version, boolean prerelease, String previousTag, List<String> changes) {
        String tag = version.startsWith("v") ? version : "v" + version;
        return new ReleasePlan(tag, "Release " + tag, prerelease, previousTag, List.copyOf(changes));
    }

    public String notes() {
        StringBuilder sb = new StringBuilder("## What's changed\n\n");
        changes.forEach(line -> sb.append(line).append('\n'));
        if (previousTag != null) {
            sb.append("\n**Full changelog**: ").append(previousTag).append("...").append(tagName).append('\n');
        }
        return sb.toString();
    }
}
