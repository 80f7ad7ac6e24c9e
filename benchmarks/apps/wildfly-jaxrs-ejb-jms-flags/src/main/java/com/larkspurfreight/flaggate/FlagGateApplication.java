package com.larkspurfreight.flaggate;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("/api")
public class FlagGateApplication extends Application {
}
