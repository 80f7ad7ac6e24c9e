package com.northwind.flagportal.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("/api")
public class FlagPortalApplication extends Application {
}
