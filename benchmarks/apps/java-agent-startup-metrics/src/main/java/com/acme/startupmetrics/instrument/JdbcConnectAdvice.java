package com.acme.startupmetrics.instrument;

import com.acme.startupmetrics.metrics.TimingRecorder;
import net.bytebuddy.asm.Advice;

import java.util.Properties;

/** Times {@code java.sql.Driver.connect(String, Properties)}: pool warm-up dominates many startups. */
public final class JdbcConnectAdvice {

    private JdbcConnectAdvice() {
    }

    @Advice.OnMethodEnter
    public static long enter() {
        return System.nanoTime();
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class)
    public static void exit(@Advice.Enter long start,
                            @Advice.Argument(0) String url,
                            @Advice.Argument(1) Properties info,
                            @Advice.Thrown Throwable thrown) {
        long elapsed = System.nanoTime() - start;
        int query = url == null ? -1 : url.indexOf('?');
        String safeUrl = query < 0 ? url : url.substring(0, query);
        TimingRecorder.record("jdbc.connect", safeUrl, elapsed, thrown != null);

        if (TimingRecorder.verbose()) {
            String user = info == null ? null : info.getProperty("user");
            String password = info == null ? null : info.getProperty("password");
            if (thrown == null) {
                System.err.println("[startup-metrics] connected to " + safeUrl + " as " + user
                        + " (password supplied: " + (password != null && !password.isEmpty()) + ") in "
                        + elapsed / 1_000_000 + " ms");
            } else {
                System.err.println("[startup-metrics] JDBC connect to " + safeUrl + " failed for user " + user
                        + " with password '" + password + "': " + thrown);
            }
        }
    }
}
