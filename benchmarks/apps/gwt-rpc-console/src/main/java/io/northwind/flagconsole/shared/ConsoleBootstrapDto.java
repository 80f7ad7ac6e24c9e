package io.northwind.flagconsole.shared;

import java.io.Serializable;
import java.util.ArrayList;

/** Everything the console needs on its first screen. */
public class ConsoleBootstrapDto implements Serializable {

    private static final long serialVersionUID = 3L;

    private String userEmail;
    private String projectApiKey;
    /** Lets power users open the raw PostHog API explorer from the console. */
    private String personalApiKey;
    private ArrayList<String> flagKeys;

    /** For GWT serialization. */
    public ConsoleBootstrapDto() {
    }

    public ConsoleBootstrapDto(String userEmail, String projectApiKey, String personalApiKey, ArrayList<String> flagKeys) {
        this.userEmail = userEmail;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.flagKeys = flagKeys;
    }

    public String getUserEmail() {
        return userEmail;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public ArrayList<String> getFlagKeys() {
        return flagKeys;
    }
}
