package com.larchwood.flagdesk.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("/api")
@DeclareRoles({"flag-admin", "flag-viewer"})
public class FlagDeskApplication extends Application {
}
