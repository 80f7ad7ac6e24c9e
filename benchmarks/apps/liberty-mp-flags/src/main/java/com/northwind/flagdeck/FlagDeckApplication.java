package com.northwind.flagdeck;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("/api")
public class FlagDeckApplication extends Application {
}
