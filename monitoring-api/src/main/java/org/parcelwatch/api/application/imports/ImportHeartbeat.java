package org.parcelwatch.api.application.imports;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A long import (the sample county at first start lives some two hundred days) says how far it got every few
 * seconds, in one line, instead of a line per day or nothing: whoever watches the log of a first start sees it move.
 */
final class ImportHeartbeat {

    private static final Logger log = LoggerFactory.getLogger(ImportHeartbeat.class);

    private final String name;
    private final long everyNanos;
    private final LongSupplier nanoTime;
    private long next;

    ImportHeartbeat(String name, Duration every, LongSupplier nanoTime) {
        this.name = name;
        this.everyNanos = every.toNanos();
        this.nanoTime = nanoTime;
        this.next = nanoTime.getAsLong() + everyNanos;
    }

    /**
     * @return whether a line was logged
     */
    boolean beat(LocalDate day, LocalDate lastDay, int stepsTaken, int steps) {
        long now = nanoTime.getAsLong();
        if (everyNanos <= 0 || now - next < 0) {
            return false;
        }
        next = now + everyNanos;
        log.info("import of {}: at {} of the period ending {}, {} of {} records' steps taken", name, day, lastDay,
                stepsTaken, steps);
        return true;
    }
}
