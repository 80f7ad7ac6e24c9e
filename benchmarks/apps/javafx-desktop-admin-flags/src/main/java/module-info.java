module com.larkspur.flagdesk {
    requires javafx.controls;
    requires javafx.fxml;
    requires javafx.web;
    requires java.net.http;
    requires java.prefs;
    requires jdk.httpserver;
    requires org.slf4j;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires posthog.server;

    opens com.larkspur.flagdesk.ui to javafx.fxml;
    opens com.larkspur.flagdesk.posthog to com.fasterxml.jackson.databind;
    opens com.larkspur.flagdesk.auth to com.fasterxml.jackson.databind;

    exports com.larkspur.flagdesk;
}
