package com.acme.startupmetrics.instrument;

import com.acme.startupmetrics.metrics.TimingRecorder;
import net.bytebuddy.asm.Advice;

/** Times {@code Statement.execute/executeQuery/executeUpdate/executeBatch}. */
public final class JdbcExecuteAdvice {

    private JdbcExecuteAdvice() {
    }

    @Advice.OnMethodEnter
    public static long enter() {
        return System.nanoTime();
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class)
    public static void exit(@Advice.Enter long start,
                            @Advice.Origin("#m") String method,
                            @Advice.AllArguments Object[] args,
                            @Advice.Thrown Throwable thrown) {
        String sql = args.length > 0 && args[0] instanceof String ? (String) args[0] : method + " <prepared>";
        TimingRecorder.record("jdbc", sql, System.nanoTime() - start, thrown != null);
    }
}
