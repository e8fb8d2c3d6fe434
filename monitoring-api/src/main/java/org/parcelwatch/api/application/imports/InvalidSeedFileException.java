package org.parcelwatch.api.application.imports;

/** The whole file is not a seed file (not JSON, no records list, an unknown top-level field). */
public class InvalidSeedFileException extends IllegalArgumentException {

    public InvalidSeedFileException(String message, Throwable cause) {
        super(message, cause);
    }

    public InvalidSeedFileException(String message) {
        super(message);
    }
}
