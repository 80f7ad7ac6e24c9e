package io.shipwright.gradle.annotator.dashboard;

/**
 * Settings for the release dashboard script bundled into the application's static resources.
 */
public final class ReleaseDashboardConfig {

    private final String apiHost;
    private final String projectId;
    private final String projectApiKey;
    private final String annotationsToken;
    private final String releaseVersion;

    private ReleaseDashboardConfig(String apiHost, String projectId, String projectApiKey,
                                   String annotationsToken, String releaseVersion) {
        this.apiHost = apiHost;
        this.projectId = projectId;
        this.projectApiKey = projectApiKey;
        this.annotationsToken = annotationsToken;
        this.releaseVersion = releaseVersion;
    }

    public static ReleaseDashboardConfig of(String apiHost, String projectId, String projectApiKey,
                                            String personalApiKey, String releaseVersion) {
        return new ReleaseDashboardConfig(apiHost, projectId, projectApiKey, personalApiKey, releaseVersion);
    }

    public String toJavaScript() {
        return "window.__RELEASE_DASHBOARD__ = {\n"
                + "  apiHost: '" + apiHost + "',\n"
                + "  projectId: '" + projectId + "',\n"
                + "  projectApiKey: '" + projectApiKey + "',\n"
                + "  annotationsToken: '" + annotationsToken + "',\n"
                + "  release: '" + releaseVersion + "'\n"
                + "};\n"
                + "fetch(window.__RELEASE_DASHBOARD__.apiHost + '/api/projects/' + window.__RELEASE_DASHBOARD__.projectId + '/annotations/', {\n"
                + "  headers: { Authorization: 'Bearer ' + window.__RELEASE_DASHBOARD__.annotationsToken }\n"
                + "}).then(r => r.json()).then(data => window.dispatchEvent(new CustomEvent('release-annotations', { detail: data.results })));\n";
    }
}
