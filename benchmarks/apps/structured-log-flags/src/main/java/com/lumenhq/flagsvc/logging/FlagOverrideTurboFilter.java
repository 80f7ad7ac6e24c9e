package com.lumenhq.flagsvc.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.MDC;
import org.slf4j.Marker;

public class FlagOverrideTurboFilter extends TurboFilter {

    private String overrideToken;
    private String overrideLogger = "com.lumenhq.flagsvc";
    private String expectedFingerprint;

    public void setOverrideToken(String overrideToken) {
        this.overrideToken = overrideToken;
    }

    public void setOverrideLogger(String overrideLogger) {
        this.overrideLogger = overrideLogger;
    }

    @Override
    public void start() {
        if (overrideToken == null || overrideToken.isBlank()) {
            addInfo("No override token configured; " + getClass().getSimpleName() + " is pass-through");
        } else {
            expectedFingerprint = KeyMasking.fingerprint(overrideToken);
            addInfo("Override token configured (" + overrideToken.length() + " chars, fp "
                    + expectedFingerprint + ") for logger prefix " + overrideLogger);
        }
        super.start();
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (!isStarted() || expectedFingerprint == null || level == null) {
            return FilterReply.NEUTRAL;
        }
        if (!logger.getName().startsWith(overrideLogger)) {
            return FilterReply.NEUTRAL;
        }
        String supplied = MDC.get(RequestContextFilter.OVERRIDE_MDC_KEY);
        if (supplied != null && supplied.equals(expectedFingerprint) && level.isGreaterOrEqual(Level.DEBUG)) {
            return FilterReply.ACCEPT;
        }
        return FilterReply.NEUTRAL;
    }
}
