package io.posestate.exchange;

import java.io.IOException;

/**
 * A file-level error that stops reading the whole file: a required column missing from the header, a
 * duplicated header column, or bytes that are not valid UTF-8. The message names file, line and reason.
 */
public class EstateFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;

    public EstateFormatException(String file, long line, String reason) {
        super(file + " line " + line + ": " + reason);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }
}
