package com.northwind.billing.logging;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Console layout that masks the whole rendered line (MDC values and stack traces included).
 * Note: only the CONSOLE appender uses it; the JSON appender uses LogstashEncoder.
 */
public class MaskingPatternLayout extends PatternLayout {

    @Override
    public String doLayout(ILoggingEvent event) {
        return SecretMasker.maskAll(super.doLayout(event));
    }
}
