package com.northwind.flags;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("/api")
public class FlagServiceApplication extends Application {
}
