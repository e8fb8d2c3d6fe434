package org.parcelwatch.api.application.sweep;

/** A sweep is already running on this node; the caller may try again once it has finished. */
public class SweepInProgressException extends RuntimeException {

    public SweepInProgressException() {
        super("a sweep is already running on this node; try again when it has finished");
    }
}
