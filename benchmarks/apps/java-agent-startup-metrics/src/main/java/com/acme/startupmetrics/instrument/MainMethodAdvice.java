package com.acme.startupmetrics.instrument;

import com.acme.startupmetrics.metrics.TimingRecorder;
import net.bytebuddy.asm.Advice;

import java.lang.management.ManagementFactory;

/**
 * Applied to {@code public static void main(String[])} of the configured main class:
 * records JVM start to main() and the time main() itself takes (for Spring Boot,
 * this is the whole context refresh).
 */
public final class MainMethodAdvice {

    private MainMethodAdvice() {
    }

    @Advice.OnMethodEnter
    public static long enter(@Advice.Origin("#t") String type) {
        long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        long sinceJvmStart = System.currentTimeMillis() - jvmStartMillis;
        TimingRecorder.record("startup.jvm-to-main", type, sinceJvmStart * 1_000_000L, false);
        return System.nanoTime();
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class)
    public static void exit(@Advice.Enter long start,
                            @Advice.Origin("#t") String type,
                            @Advice.Thrown Throwable thrown) {
        TimingRecorder.record("startup.main", type, System.nanoTime() - start, thrown != null);
    }
}
